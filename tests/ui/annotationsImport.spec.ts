// Highlights brought in from another library (or Hypothesis) as W3C Web Annotations, from the Import
// dialog by its file chooser and by dropping the file onto the window: they are painted in the open
// article at once, and the same file again places nothing twice and says why.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from './fixtures';
import { margin } from '../support/webMode';


test('W3C annotations from another library: by the Import dialog, then dropped again', async ({ page, web }) => {
  test.setTimeout(120_000);
  // Another library with two highlights on the sample, exported as W3C JSON.
  const other = fs.mkdtempSync(path.join(os.tmpdir(), 'margin-ui-w3c-'));
  const file = path.join(other, 'notes.json');
  try {
    const [sample] = JSON.parse((await margin('list', '--json', '--library', other)).stdout) as Array<{ id: string }>;
    await margin('highlight', sample!.id, '--quote', '10,980 tanks', '--color', 'blue', '--note', 'compare with MoD', '--tag', 'equipment', '--library', other);
    await margin('highlight', sample!.id, '--quote', '1,070 casualties', '--library', other);
    await margin('export', '--out', file, '--format', 'w3c', '--library', other);

    await page.goto(web.url);
    await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toContainText('General Staff');
    await page.getByRole('button', { name: 'Import' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import' });
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Annotations (W3C JSON)…' }).click();
    await (await chooser).setFiles(file);
    await expect(dialog.getByRole('status')).toHaveText('Imported 2 highlights from notes.json.');
    await dialog.getByRole('button', { name: 'Close' }).click();
    const marks = page.locator('article.article mark[data-hl]');
    await expect(marks.filter({ hasText: '10,980 tanks' })).toBeVisible();
    await expect(marks.filter({ hasText: '1,070 casualties' })).toBeVisible();
    const panel = page.getByRole('list', { name: 'Highlights in reading order' });
    await expect(panel).toContainText('compare with MoD');
    await expect(panel).toContainText('#equipment');

    // The same file dropped onto the window: nothing is placed twice, and the reason is told.
    const bytes = fs.readFileSync(file).toString('base64');
    const drop = await page.evaluateHandle(async (b64) => {
      const data = new DataTransfer();
      data.items.add(new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], 'notes.json', { type: 'application/json' }));
      return data;
    }, bytes);
    await page.dispatchEvent('body', 'dragenter', { dataTransfer: drop });
    await page.dispatchEvent('body', 'drop', { dataTransfer: drop });
    await expect(page.getByText('Imported 0 highlights from notes.json. 2 could not be placed.')).toBeVisible();
    await expect(marks.filter({ hasText: '10,980 tanks' })).toHaveCount(1);
    await expect(panel.getByRole('listitem')).toHaveCount(2);
  } finally {
    fs.rmSync(other, { recursive: true, force: true });
  }
});
