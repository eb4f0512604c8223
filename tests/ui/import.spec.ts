// Import in real Chromium against web mode: files dropped onto the window, HTML pasted, a folder
// imported by typing its path (progress, per-file results, Cancel), and a hostile page that must
// stay inert when opened: no dialog, no script output, no request beyond the app's own origin.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { SAMPLE_FILE } from '../support/sample';

const made: string[] = [];
test.afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

/** A temp folder holding `files` (relative path → content). */
function folderWith(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'margin-ui-import-'));
  made.push(dir);
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), content);
  }
  return dir;
}

const library = (page: Page) => page.getByRole('listbox', { name: 'Library' });
/** The reader's title (imported HTML may carry headings and <article> elements of its own). */
const heading = (page: Page) => page.locator('article.article > header h1');
const importDialog = (page: Page) => page.getByRole('dialog', { name: 'Import' });

/** Drags a file made in the page onto the window and drops it, as the OS would. */
async function dropFile(page: Page, name: string, content: string) {
  const dataTransfer = await page.evaluateHandle(
    ({ name, content }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([content], name, { type: 'text/plain' }));
      return dt;
    },
    { name, content },
  );
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await page.dispatchEvent('body', 'dragover', { dataTransfer });
  await expect(page.locator('.import-drop-overlay')).toBeVisible();
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  await expect(page.locator('.import-drop-overlay')).toBeHidden();
}

/** Fires a paste carrying HTML and its plain text at whatever has focus. */
async function pasteHtml(page: Page, html: string, text: string) {
  await page.evaluate(
    ({ html, text }) => {
      const dt = new DataTransfer();
      dt.setData('text/html', html);
      dt.setData('text/plain', text);
      const target = document.activeElement ?? document.body;
      target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    },
    { html, text },
  );
}

test('a dropped file becomes an article; dropped twice it is a duplicate; pasted HTML keeps its markup', async ({ page, web }) => {
  await page.goto(web.url);
  await expect(library(page).getByRole('option')).toHaveCount(1);

  const report = 'Harbour report\nBy Port Desk\n\nCranes moved 1,200 containers on Monday, up 15% on the week.';
  await dropFile(page, 'harbour.txt', report);
  await expect(heading(page)).toHaveText('Harbour report');
  await expect(library(page).getByRole('option')).toHaveCount(2);
  await expect(page.getByRole('status').filter({ hasText: 'Imported "Harbour report".' })).toBeVisible();

  await dropFile(page, 'harbour-copy.txt', report);
  await expect(page.getByRole('status').filter({ hasText: 'harbour-copy.txt: Already in the library as "Harbour report".' })).toBeVisible();
  await expect(library(page).getByRole('option')).toHaveCount(2);

  // A paste into a text field is the field's: nothing is imported.
  await page.getByRole('button', { name: 'Import' }).click();
  await importDialog(page).getByLabel('Web page address').focus();
  await pasteHtml(page, '<p>Not an article</p>', 'Not an article');
  await page.keyboard.press('Escape');
  await expect(importDialog(page)).toBeHidden();
  await expect(library(page).getByRole('option')).toHaveCount(2);

  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await pasteHtml(page, '<h1>Pasted brief</h1><p>Exports rose <b>12%</b> in May.</p>', 'Pasted brief\nExports rose 12% in May.');
  await expect(heading(page)).toHaveText('Pasted brief');
  await expect(page.locator('article.article b')).toHaveText('12%');
  await expect(library(page).getByRole('option')).toHaveCount(3);
});

/** Rows in the library list: all of them are in the page, or (virtualised, when long) each says how many there are. */
async function listSize(page: Page): Promise<number> {
  const options = library(page).getByRole('option');
  const said = await options.first().getAttribute('aria-setsize');
  return said ? Number(said) : options.count();
}

test('a folder typed by path imports with a progress bar, per-file results, and Cancel', async ({ page, web }) => {
  const many: Record<string, string> = {};
  // Enough files that Cancel lands mid-way: a folder is stored 50 files at a time, rendered on workers.
  for (let i = 0; i < 1000; i++) many[`batch/n${String(i).padStart(4, '0')}.txt`] = `Bulletin ${i}\n\nTraffic rose ${i}% on route ${i * 7}.`;
  const big = folderWith(many);
  const small = folderWith({
    'a.txt': 'Grain exports\nBy R. Smith\n\nUkraine exported 4.2 million tonnes of grain in May.',
    'sub/b.md': '---\ntitle: Port notes\n---\n\nThe port handled 80 ships.\n',
    'sub/deeper/c.html': '<!doctype html><title>Rail freight</title><h1>Rail freight</h1><p>Freight trains carried 3,100 wagons.</p>',
    'blob.txt': Buffer.from([0, 1, 2, 3, 0, 255, 0, 4]),
    'empty.md': '',
    'sample-copy.txt': fs.readFileSync(SAMPLE_FILE),
  });
  await page.goto(web.url);
  await expect(library(page).getByRole('option')).toHaveCount(1);

  // Keyboard only: the dialog opens on Files…, Tab reaches Folder…, the path field takes Enter.
  await page.getByRole('button', { name: 'Import' }).focus();
  await page.keyboard.press('Enter');
  await expect(importDialog(page)).toBeVisible();
  await expect(importDialog(page).getByRole('button', { name: 'Files…' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const field = importDialog(page).getByLabel('Folder path on this machine');
  await expect(field).toBeFocused();
  await page.keyboard.type(big);
  await page.keyboard.press('Enter');

  const bar = importDialog(page).getByRole('progressbar', { name: 'Import progress' });
  await expect(bar).toHaveAttribute('aria-valuemax', '1000');
  await expect.poll(async () => Number(await bar.getAttribute('aria-valuenow'))).toBeGreaterThan(0);
  await importDialog(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(importDialog(page).getByRole('status')).toContainText('Cancelled after');
  const stopped = Number(await bar.getAttribute('aria-valuenow'));
  expect(stopped).toBeGreaterThan(0);
  expect(stopped).toBeLessThan(1000);
  const results = importDialog(page).getByRole('list', { name: 'Import results' }).getByRole('listitem');
  await expect(results).toHaveCount(stopped);
  await expect.poll(() => listSize(page)).toBe(1 + stopped);

  await field.fill(small);
  await importDialog(page).getByRole('button', { name: 'Import folder' }).click();
  await expect(bar).toHaveAttribute('aria-valuenow', '6');
  await expect(bar).toHaveAttribute('aria-valuemax', '6');
  await expect(results).toHaveCount(6);
  await expect(results.filter({ hasText: 'blob.txt' })).toContainText('Failed');
  await expect(results.filter({ hasText: 'blob.txt' })).toContainText('binary');
  await expect(results.filter({ hasText: 'empty.md' })).toContainText('is empty');
  await expect(results.filter({ hasText: 'sample-copy.txt' })).toContainText('Already in the library');
  await expect(results.filter({ hasText: 'sub/deeper/c.html' })).toContainText('Rail freight');
  await expect(importDialog(page).getByRole('status')).toContainText('Imported 3 articles.');
  await expect.poll(() => listSize(page)).toBe(4 + stopped);

  await results.filter({ hasText: 'sub/b.md' }).getByRole('button', { name: 'Open "Port notes"' }).click();
  await expect(importDialog(page)).toBeHidden();
  await expect(heading(page)).toHaveText('Port notes');
});

test('a hostile page imported and opened stays inert: no dialog, no script, no outside request', async ({ page, web }) => {
  const dir = folderWith({
    'hostile.html': `<!doctype html><html><head><title>Quarterly figures</title>
<script>console.log('margin-xss-head'); alert('head')</script>
<link rel="stylesheet" href="https://evil.example/x.css"></head>
<body><article><h1>Quarterly figures</h1>
<p>Prices rose 7% in the quarter while wages grew 3%, the statistics office said on Tuesday in its report.</p>
<img src="missing.png" onerror="console.log('margin-xss-onerror'); alert('img')">
<p><a id="evil" href="javascript:console.log('margin-xss-link');alert('link')">read more</a></p>
<img src="https://evil.example/photo.jpg" alt="remote photo">
<iframe src="https://evil.example/frame" srcdoc="<script>parent.console.log('margin-xss-frame')</script>"></iframe>
<p style="background:url(https://evil.example/bg.png)">Styled paragraph.</p>
<svg onload="console.log('margin-xss-svg')"><circle r="4"></circle></svg>
</article></body></html>`,
  });
  const dialogs: string[] = [];
  const consoleLines: string[] = [];
  const requests: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('console', (m) => consoleLines.push(m.text()));
  page.on('request', (r) => requests.push(r.url()));

  await page.goto(web.url);
  await page.getByRole('button', { name: 'Import' }).click();
  await importDialog(page).getByRole('button', { name: 'Files…' }).click();
  await importDialog(page).getByLabel('File path on this machine').fill(path.join(dir, 'hostile.html'));
  await importDialog(page).getByRole('button', { name: 'Import file' }).click();
  await expect(importDialog(page)).toBeHidden();
  await expect(heading(page)).toHaveText('Quarterly figures');
  const article = page.locator('article.article');
  await expect(article).toContainText('Prices rose 7% in the quarter');
  await expect(article).toContainText('remote photo');
  await article.getByText('read more').click();
  await page.reload();
  await expect(heading(page)).toHaveText('Quarterly figures');
  await page.waitForLoadState('networkidle');

  expect(await article.locator('script, iframe, svg, img, link, [style], [onerror], [onload]').count()).toBe(0);
  expect(await article.locator('a[href^="javascript:" i]').count()).toBe(0);
  expect(dialogs).toEqual([]);
  expect(consoleLines.filter((l) => l.includes('margin-xss'))).toEqual([]);
  expect(requests.length).toBeGreaterThan(0);
  expect(requests.filter((u) => !u.startsWith(`${web.origin}/`))).toEqual([]);
});
