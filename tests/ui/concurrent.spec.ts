// Web mode and the CLI on one library at the same time, as when a person scripts imports while
// reading: nothing either of them saved is lost, and the open window shows a CLI import within a
// second — on a generated library of 1,000 articles, whose list is virtualised.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { LibraryStore } from '../../src/main/library/store';
import { generateLibrary } from '../support/gen';
import { callApi, margin, startWebMode } from '../support/webMode';


function tempFolder(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

test('web mode and CLI processes writing at once lose nothing', async () => {
  test.setTimeout(120_000);
  const web = await startWebMode();
  const files = tempFolder('margin-cli-files-');
  try {
    const [sample] = await callApi<Array<{ id: string }>>(web, 'articles.list', {});
    const { text } = await callApi<{ text: string }>(web, 'articles.open', { id: sample!.id });
    const words = [...text.matchAll(/\b[A-Za-z]{6,}\b/g)].slice(0, 400);
    for (let i = 0; i < 3; i++) fs.writeFileSync(path.join(files, `scripted-${i}.md`), `# Scripted import ${i}\n\nAdded by a script while reading, number ${i}.\n`);

    // The window's side: highlights saved one after another for as long as the scripts run.
    let scriptsDone = false;
    const saved: string[] = [];
    const web1 = (async () => {
      for (let i = 0; !scriptsDone || saved.length < 10; i++) {
        const w = words[(i * 13) % words.length]!;
        const h = await callApi<{ id: string }>(web, 'highlights.add', { articleId: sample!.id, start: w.index!, end: w.index! + w[0].length, exact: w[0], color: 'yellow' });
        saved.push(h.id);
      }
    })();
    // The scripts' side: tags one by one, and imports in a second process at the same time.
    const tagging = (async () => {
      for (let i = 0; i < 4; i++) await margin('tag', sample!.id, `scripted-${i}`, '--library', web.library);
    })();
    const importing = margin('import', ...fs.readdirSync(files).map((f) => path.join(files, f)), '--library', web.library);
    await Promise.all([tagging, importing]);
    scriptsDone = true;
    await web1;

    const store = LibraryStore.open({ dir: web.library });
    const ann = store.annotationsOf(sample!.id);
    expect(ann.tags).toEqual(['scripted-0', 'scripted-1', 'scripted-2', 'scripted-3']);
    expect(ann.highlights.map((h) => h.id).sort()).toEqual([...saved].sort());
    expect(store.summaries().map((r) => r.title)).toEqual(expect.arrayContaining(['Scripted import 0', 'Scripted import 1', 'Scripted import 2']));
    // And the web side sees the CLI's writes too.
    const rows = await callApi<Array<{ id: string; tags: string[]; highlightCount: number }>>(web, 'articles.list', {});
    expect(rows).toHaveLength(4);
    expect(rows.find((r) => r.id === sample!.id)).toMatchObject({ tags: ann.tags, highlightCount: saved.length });
  } finally {
    await web.stop();
    fs.rmSync(files, { recursive: true, force: true });
  }
});

test('an open window shows a CLI import within a second, in a 1,000-article list', async ({ page }) => {
  test.setTimeout(120_000);
  const dir = tempFolder('margin-ui-big-');
  const files = tempFolder('margin-cli-files-');
  generateLibrary(dir, { articles: 1000 });
  const web = await startWebMode({ library: dir });
  try {
    await page.goto(web.url);
    const list = page.getByRole('listbox', { name: 'Library' });
    const options = list.getByRole('option');
    await expect(options.first()).toHaveAttribute('aria-setsize', '1000');
    expect(await options.count()).toBeLessThan(100); // virtualised: only the rows in view
    await expect(options.first()).toContainText('Field report no. 001000');

    const file = path.join(files, 'while-reading.md');
    fs.writeFileSync(file, '# Imported while the window was open\n\nBy a script.\n');
    const imported = await margin('import', file, '--library', dir);
    expect(imported.stderr).toMatch(/^added: /m);
    // The CLI has saved and exited: the list must show it within a second.
    await expect(options.first()).toContainText('Imported while the window was open', { timeout: 1000 });
    await expect(options.first()).toHaveAttribute('aria-setsize', '1001');

    // The long list still works from the keyboard: End reaches the oldest article, Enter opens it.
    await list.focus();
    await page.keyboard.press('End');
    const last = list.getByRole('option', { selected: true });
    await expect(last).toContainText('Field report no. 000001');
    await expect(last).toBeInViewport();
    await expect(list).toHaveAttribute('aria-activedescendant', (await last.getAttribute('id'))!);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText('Field report no. 000001');
    await list.focus();
    await page.keyboard.press('Home');
    await expect(list.getByRole('option', { selected: true })).toContainText('Imported while the window was open');
  } finally {
    await web.stop();
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(files, { recursive: true, force: true });
  }
});
