// Export in real Chromium against web mode: the dialog writes notes to a typed folder (read back from
// disk), "Copy notes as Markdown" fills the clipboard, deep links open a highlight or say it is unknown.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { parseExportedMarkdown } from '../../src/shared/export/parse';
import { callApi, type WebMode } from '../support/webMode';
import { test, expect } from './fixtures';

/** Highlights phrases of the sample article through the API; returns the article id and the highlight ids. */
async function highlightSample(web: WebMode, marks: Array<{ phrase: string; color: string; note?: string; tags?: string[] }>) {
  const [row] = await callApi<Array<{ id: string }>>(web, 'articles.list', {});
  const { text } = await callApi<{ text: string }>(web, 'articles.open', { id: row!.id });
  const ids: string[] = [];
  for (const m of marks) {
    const start = text.indexOf(m.phrase);
    const hl = await callApi<{ id: string }>(web, 'highlights.add', { articleId: row!.id, start, end: start + m.phrase.length, exact: m.phrase, color: m.color, note: m.note, tags: m.tags });
    ids.push(hl.id);
  }
  return { articleId: row!.id, ids };
}

const openButton = (page: Page) => page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: 'Export' });

// One test (web mode takes seconds to start on a busy machine), in steps.
test('export to a folder from the dialog, copy notes as Markdown, open deep links', async ({ page, web, context }) => {
  const far = 'Azerbaijani citizens';
  const { articleId, ids } = await highlightSample(web, [
    { phrase: '10,980 tanks', color: 'green', note: 'Tanks *lost* so far', tags: ['war/equipment'] },
    { phrase: 'Mayor Andrii Sadovyi', color: 'pink', note: 'Lviv', tags: ['people'] },
    { phrase: far, color: 'blue', note: 'Far down the page' },
  ]);
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'margin-ui-export-'));
  const folder = path.join(out, 'Obsidian vault', 'Margin');
  try {
    await page.goto(web.url);
    await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toBeVisible();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    const pathField = dialog.getByRole('textbox', { name: 'Export to' });

    await test.step('the keyboard opens the dialog, Escape closes it and focus comes back', async () => {
      await openButton(page).focus();
      await page.keyboard.press('Enter');
      await expect(dialog).toBeVisible();
      await expect(pathField).toHaveValue(/Margin Export$/);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(openButton(page)).toBeFocused();
    });

    await test.step('export this article to a typed folder; the file on disk reads back', async () => {
      await openButton(page).click();
      await dialog.getByRole('radio', { name: /^This article: General Staff/ }).check();
      await dialog.getByRole('radio', { name: 'A folder, one file per article' }).check();
      await pathField.fill(folder);
      await dialog.getByRole('checkbox', { name: 'Include statistics' }).check();
      await dialog.getByRole('combobox', { name: 'Group highlights by' }).selectOption('color');
      await dialog.getByRole('button', { name: 'Export', exact: true }).click();
      await expect(dialog.getByRole('status')).toContainText(`Exported to ${folder}: 1 file written, 0 updated, 0 skipped.`);
      await expect(dialog.getByRole('progressbar')).toBeHidden();

      const [name] = fs.readdirSync(folder);
      const text = fs.readFileSync(path.join(folder, name!), 'utf8');
      expect(text).toMatch(/^### Green$/m);
      expect(text).toContain('## Statistics');
      const parsed = parseExportedMarkdown(text);
      expect(parsed.frontMatter['margin-id']).toBe(articleId);
      expect(parsed.articles[0]!.highlights.map(({ id, quote, note, color, tags }) => ({ id, quote, note, color, tags }))).toEqual([
        { id: ids[0], quote: '10,980 tanks', note: 'Tanks *lost* so far', color: 'green', tags: ['war/equipment'] },
        { id: ids[2], quote: far, note: 'Far down the page', color: 'blue', tags: [] },
        { id: ids[1], quote: 'Mayor Andrii Sadovyi', note: 'Lviv', color: 'pink', tags: ['people'] },
      ]);

      // Exporting again updates the same file.
      await dialog.getByRole('button', { name: 'Export', exact: true }).click();
      await expect(dialog.getByRole('status')).toContainText('0 files written, 1 updated, 0 skipped.');
      expect(fs.readdirSync(folder)).toEqual([name]);
      await dialog.getByRole('button', { name: 'Close' }).click();
    });

    await test.step('copy notes as Markdown puts them on the clipboard', async () => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: web.origin });
      await page.getByRole('button', { name: 'Copy notes as Markdown' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Copied the notes of' })).toBeVisible();
      const clip = await page.evaluate(() => navigator.clipboard.readText());
      expect(clip).toMatch(/^# General Staff/);
      expect(parseExportedMarkdown(clip).articles[0]!.highlights.map((h) => h.note)).toEqual(['Tanks *lost* so far', 'Lviv', 'Far down the page']);
    });

    await test.step('a deep link opens the article scrolled to its highlight, flashed', async () => {
      await page.goto(`${web.origin}/article/${articleId}?token=${web.token}#highlight-${ids[2]}`);
      const mark = page.locator(`article.article mark[data-hl="${ids[2]}"]`);
      await expect(mark).toHaveText(far);
      await expect(mark).toHaveClass(/hl-flash/);
      await expect(mark).toBeInViewport();
      expect(new URL(page.url()).pathname).toBe(`/article/${articleId}`);
    });

    await test.step('a deep link to an unknown article says so in the reader', async () => {
      await page.goto(`${web.origin}/article/nosucharticle?token=${web.token}#highlight-abc`);
      await expect(page.getByRole('main', { name: 'Reader' })).toContainText('No article with id nosucharticle in this library.');
    });
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
});
