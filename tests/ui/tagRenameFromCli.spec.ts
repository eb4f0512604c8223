// The open article follows the CLI: a tag renamed everywhere (which writes only the library's tag
// log) shows its new name within a second — in the tag browser, on the article's chips and on its
// highlight — and a highlight the CLI adds is painted in the open reader; both stay after a reload.
import { test, expect } from '@playwright/test';
import { margin, startWebMode } from '../support/webMode';


test('a tag renamed and a highlight added from the CLI show in the open window within a second', async ({ page }) => {
  test.setTimeout(120_000);
  const web = await startWebMode();
  try {
    const { stdout } = await margin('list', '--json', '--library', web.library);
    const [sample] = JSON.parse(stdout) as Array<{ id: string }>;
    await margin('tag', sample!.id, 'war/equipment', '--library', web.library);
    await margin('highlight', sample!.id, '--quote', '10,980 tanks', '--tag', 'war', '--library', web.library);

    await page.goto(web.url);
    await page.getByRole('button', { name: 'Tags' }).click();
    const tagsBrowser = page.getByRole('list', { name: 'Tags' });
    await expect(tagsBrowser.getByRole('button', { name: /^war: 0 articles, 1 passages$/ })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Remove tag war/equipment' })).toBeVisible();

    const renamed = await margin('rename-tag', 'war', 'conflict', '--library', web.library);
    expect(renamed.stdout).toMatch(/"war".*"conflict": 1 articles, 1 passages/);
    await expect(tagsBrowser.getByRole('button', { name: /^conflict: 0 articles, 1 passages$/ })).toBeVisible({ timeout: 1000 });
    await expect(tagsBrowser.getByRole('button', { name: /^conflict\/equipment: 1 articles, 0 passages$/ })).toBeVisible({ timeout: 1000 });
    await expect(page.getByRole('button', { name: 'Remove tag conflict/equipment' })).toBeVisible({ timeout: 1000 });
    await expect(page.getByRole('list', { name: 'Highlights in reading order' })).toContainText('#conflict');
    await expect(tagsBrowser.getByRole('button', { name: /^war: / })).toHaveCount(0);

    // A highlight the CLI adds to the open article is painted there too, where the reader is.
    await margin('highlight', sample!.id, '--quote', '1,070', '--tag', 'casualties', '--library', web.library);
    await expect(page.locator('article.article mark[data-hl]', { hasText: '1,070' })).toBeVisible({ timeout: 1000 });
    await expect(page.getByRole('list', { name: 'Highlights in reading order' })).toContainText('#casualties');

    await page.reload();
    await expect(page.getByRole('button', { name: 'Remove tag conflict/equipment' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Highlights in reading order' })).toContainText('#conflict');
  } finally {
    await web.stop();
  }
});
