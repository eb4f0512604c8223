// The open article follows changes made elsewhere (another window, the CLI) without getting in the
// person's way: a tag added elsewhere while their own tag edit is saving still shows; a late, older
// answer never replaces a newer one; a selection in the article and keyboard focus in the Highlights
// panel stay where they are when the highlights are painted again.
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { callApi, type WebMode } from '../support/webMode';

/** Opens web mode on the sample; its id and text. */
async function openSample(page: Page, web: WebMode): Promise<{ id: string; text: string }> {
  const [row] = await callApi<Array<{ id: string }>>(web, 'articles.list', {});
  const { text } = await callApi<{ text: string }>(web, 'articles.open', { id: row!.id });
  await page.goto(web.url);
  await expect(page.locator('article h1')).toContainText('General Staff');
  return { id: row!.id, text };
}

const addHighlight = (web: WebMode, articleId: string, text: string, exact: string, color = 'yellow') => {
  const start = text.indexOf(exact);
  return callApi<{ id: string }>(web, 'highlights.add', { articleId, start, end: start + exact.length, exact, color });
};

test('a tag added elsewhere while this window saves its own edit still shows', async ({ page, web }) => {
  const { id } = await openSample(page, web);
  await page.route('**/api/call/articles.editTags', async (route) => {
    const response = await route.fetch();
    await new Promise((resolve) => setTimeout(resolve, 1200));
    await route.fulfill({ response });
  });
  const field = page.getByRole('combobox', { name: 'Article tags' });
  await field.fill('mine');
  await field.press('Enter');
  await page.waitForTimeout(100);
  await callApi(web, 'articles.editTags', { id, add: ['theirs'], remove: [] }); // another window
  await expect(page.getByRole('button', { name: 'Remove tag theirs' })).toBeVisible({ timeout: 5000 });
  await expect(page.getByRole('button', { name: 'Remove tag mine' })).toBeVisible();
});

test('an older list of highlights arriving last does not take back a newer one', async ({ page, web }) => {
  const { id, text } = await openSample(page, web);
  let asked = 0;
  await page.route('**/api/call/highlights.list', async (route) => {
    const mine = ++asked;
    const response = await route.fetch();
    if (mine === 1) await new Promise((resolve) => setTimeout(resolve, 2500));
    await route.fulfill({ response });
  });
  await addHighlight(web, id, text, '10,980 tanks');
  await expect.poll(() => asked).toBeGreaterThanOrEqual(1);
  await addHighlight(web, id, text, '42,796 drones', 'green');
  const drones = page.locator('article.article mark[data-hl]', { hasText: 'drones' });
  await expect(drones).toBeVisible({ timeout: 5000 });
  await page.waitForTimeout(3000); // the first, older answer has come in by now
  await expect(drones).toBeVisible({ timeout: 100 });
});

test('a selection in the article and focus in the panel stay when highlights are painted again', async ({ page, web }) => {
  const { id, text } = await openSample(page, web);
  await addHighlight(web, id, text, '10,980 tanks');
  const mark = page.locator('article.article mark[data-hl]', { hasText: '10,980 tanks' });
  await expect(mark).toBeVisible();
  // A selection that starts inside the highlight: "tanks, 22,922 a".
  await page.evaluate(() => {
    const m = document.querySelector('article.article mark[data-hl]')!;
    const r = document.createRange();
    r.setStart(m.firstChild as Text, 7);
    r.setEnd(m.nextSibling as Text, 10);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(r);
  });
  const before = await page.evaluate(() => getSelection()!.toString());
  expect(before).toBe('tanks, 22,922 a');
  await addHighlight(web, id, text, '42,796 drones', 'green');
  await expect(page.locator('article.article mark[data-hl]', { hasText: 'drones' })).toBeVisible();
  expect(await page.evaluate(() => getSelection()!.toString())).toBe(before);

  // Keyboard focus on the first item of the Highlights panel stays on it as a highlight is added elsewhere.
  const panel = page.getByRole('list', { name: 'Highlights in reading order' });
  await panel.getByRole('button').first().focus();
  const focused = await page.evaluate(() => document.activeElement?.closest('.hl-item')?.getAttribute('data-hl'));
  await addHighlight(web, id, text, '1,070 casualties', 'pink');
  await expect(panel.getByRole('listitem')).toHaveCount(3);
  expect(await page.evaluate(() => document.activeElement?.closest('.hl-item')?.getAttribute('data-hl'))).toBe(focused);
});
