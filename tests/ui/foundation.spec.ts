// The first flow in real Chromium against web mode: the sample article is listed, opens with its
// title, author and section headings; keyboard-only navigation; trash and undo; the token guard.
import fs from 'node:fs';
import { test, expect } from './fixtures';
import { SAMPLE_FILE, sampleHeadings, sampleTitle } from '../support/sample';

test('the sample article is listed, opens, and reads with its headings', async ({ page, web }) => {
  await page.goto(web.url);
  const library = page.getByRole('listbox', { name: 'Library' });
  await expect(library.getByRole('option')).toHaveCount(1);
  await expect(library.getByRole('option').first()).toContainText(sampleTitle());
  const article = page.getByRole('article');
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(sampleTitle());
  await expect(article.getByText('By AI')).toBeVisible();
  for (const heading of sampleHeadings()) {
    await expect(article.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  // The token was moved out of the address bar.
  expect(page.url()).not.toContain('token=');
  await expect(page.getByRole('tab', { name: 'Highlights' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Statistics' })).toBeVisible();
  expect(fs.existsSync(SAMPLE_FILE)).toBe(true);
});

test('keyboard only: move through the list and open an article', async ({ page, web }) => {
  const res = await fetch(`${web.origin}/api/call/articles.importText`, {
    method: 'POST',
    headers: { 'X-Margin-Token': web.token, 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: 'second.txt', content: 'A second report\nBy Kyiv Desk\n\nShelling resumed overnight in Kharkiv.' }),
  });
  expect((await res.json()).ok).toBe(true);
  await page.goto(web.url);
  const library = page.getByRole('listbox', { name: 'Library' });
  await expect(library.getByRole('option')).toHaveCount(2);
  await library.focus();
  await expect(library.getByRole('option', { selected: true })).toContainText('A second report');
  await page.keyboard.press('ArrowDown');
  await expect(library.getByRole('option', { selected: true })).toContainText(sampleTitle());
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText('A second report');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText(sampleTitle());
});

test('moving to the trash is undoable and nothing is lost', async ({ page, web }) => {
  await page.goto(web.url);
  await page.getByRole('button', { name: 'Move to trash' }).click();
  const library = page.getByRole('listbox', { name: 'Library' });
  await expect(library.getByRole('option')).toHaveCount(0);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(library.getByRole('option')).toHaveCount(1);
  await page.getByRole('button', { name: 'Move to trash' }).click();
  await expect(library.getByRole('option')).toHaveCount(0);
  await page.getByRole('button', { name: 'Trash', exact: true }).click();
  const trash = page.getByRole('listbox', { name: 'Trash' });
  await trash.getByRole('option').first().click();
  await page.getByRole('button', { name: 'Restore from trash' }).click();
  await page.getByRole('button', { name: 'Back to library' }).click();
  await expect(library.getByRole('option')).toHaveCount(1);
});

test('API requests without the token are refused', async ({ web }) => {
  const res = await fetch(`${web.origin}/api/call/articles.list`, { method: 'POST', body: '{}' });
  expect(res.status).toBe(401);
});
