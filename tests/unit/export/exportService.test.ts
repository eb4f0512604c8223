import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { exportToFile, exportToFolder, exportW3C, type ExportSummary } from '../../../src/main/export/exportService';
import { MarginError } from '../../../src/shared/api/result';
import { parseExportedMarkdown } from '../../../src/shared/export/parse';
import { exportOptions, type ExportArticle } from '../../../src/shared/export/types';
import { fromW3C } from '../../../src/shared/export/w3cImport';
import { dropsRoot, giveToUser, openTo, runAsUser } from '../../support/asUser';
import { FIXED_NOW, highlight, plainArticle, sampleArticle } from './fixtures';

const options = exportOptions({ now: FIXED_NOW });
/** exportToFolder as an ordinary user (as root, CI's user, nothing is read-only). */
const exportAsUser = (dir: string, articles: ExportArticle[]) =>
  runAsUser<{ summary?: ExportSummary; error?: string }>(path.join(import.meta.dirname, 'exportAsUser.ts'), { out: dir, articles, now: new Date().toISOString() });
const asWho = dropsRoot ? ' (as the user nobody)' : '';
let tmp: string;
let out: string;

beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'margin-export-'));
  out = path.join(tmp, 'vault', 'Margin');
});
afterEach(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

const list = (dir: string) => fs.readdirSync(dir).sort();
const read = (file: string) => fs.readFileSync(file, 'utf8');
const noTempFiles = (dir: string) => expect(list(dir).filter((n) => n.endsWith('.tmp') || n.startsWith('.margin-write-test'))).toEqual([]);

describe('exportToFolder', () => {
  it('writes one Markdown file per article, named from its title, that reads back', async () => {
    const articles = [sampleArticle(), plainArticle('b2', 'Second article')];
    const progress: Array<[number, number]> = [];
    const summary = await exportToFolder(out, articles, options, (d, t) => progress.push([d, t]));
    expect(list(out)).toEqual(['General Staff Russia lost 1,020.010 troops in Ukraine between Feb. 24, 2020.md', 'Second article.md']);
    expect(summary.written.map((f) => path.basename(f)).sort()).toEqual(list(out));
    expect(summary).toMatchObject({ updated: [], skipped: [], outPath: out });
    expect(progress).toEqual([
      [1, 2],
      [2, 2],
    ]);
    const back = parseExportedMarkdown(read(summary.written[0]!)).articles[0]!;
    expect(back.highlights.map((h) => [h.quote, h.note, h.color])).toEqual(articles[0]!.highlights.map((h) => [h.quote.exact, h.note, h.color]));
    noTempFiles(out);
  });

  it('updates a file in place after the user edited it: their text and front matter keys stay', async () => {
    const article = sampleArticle();
    const [file] = (await exportToFolder(out, [article], options)).written;
    const original = read(file!);
    const edited = original
      .replace('---\nmargin-id:', '---\n# my own comment\nrating: 5\nmargin-id:')
      .replace('<!-- margin:begin', 'My thoughts before the highlights.\n\n<!-- margin:begin')
      .concat('\n## My notes\n\nThis is mine. #personal\n');
    fs.writeFileSync(file!, edited);

    const changed: ExportArticle = {
      ...article,
      meta: { ...article.meta, title: 'A new title', tags: ['war'] },
      highlights: [...article.highlights.slice(1), highlight({ exact: 'A brand new passage', color: 'blue', note: 'fresh' })],
    };
    const summary = await exportToFolder(out, [changed], exportOptions({ now: new Date('2026-01-01T00:00:00Z') }));
    expect(summary.updated).toEqual([file]);
    expect(summary.written).toEqual([]);
    expect(list(out)).toEqual([path.basename(file!)]);

    const text = read(file!);
    expect(text).toContain('# my own comment\nrating: 5\n');
    expect(text).toContain('My thoughts before the highlights.\n\n<!-- margin:begin');
    expect(text.endsWith('<!-- margin:end -->\n\n## My notes\n\nThis is mine. #personal\n')).toBe(true);
    const fm = YAML.parse(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!) as Record<string, unknown>;
    expect(fm).toMatchObject({ rating: 5, title: 'A new title', tags: ['war'], exported: '2026-01-01T00:00:00.000Z', 'highlight-count': changed.highlights.length });
    const back = parseExportedMarkdown(text).articles[0]!;
    expect(back.highlights.map((h) => h.id)).toEqual(changed.highlights.map((h) => h.id));
    expect(back.highlights.at(-1)).toMatchObject({ quote: 'A brand new passage', note: 'fresh', color: 'blue' });
  });

  it('finds a file it wrote by the id in its front matter after the user renamed it', async () => {
    const articles = [plainArticle('r1', 'Original name'), plainArticle('r2', 'Other')];
    await exportToFolder(out, articles, options);
    fs.renameSync(path.join(out, 'Original name.md'), path.join(out, 'My better name.md'));
    const summary = await exportToFolder(out, articles, options);
    expect(list(out)).toEqual(['My better name.md', 'Other.md']);
    expect(summary.updated.map((f) => path.basename(f)).sort()).toEqual(['My better name.md', 'Other.md']);
    expect(parseExportedMarkdown(read(path.join(out, 'My better name.md'))).articles[0]!.id).toBe('r1');
  });

  it('never overwrites a file it did not write, and leaves other files alone', async () => {
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, 'Same title.md'), '# My own note\n');
    fs.writeFileSync(path.join(out, 'same TITLE (2).md'), 'also mine\n');
    fs.writeFileSync(path.join(out, 'notes.txt'), 'keep\n');
    const summary = await exportToFolder(out, [plainArticle('s1', 'Same title'), plainArticle('s2', 'Same title')], options);
    expect(summary.written.map((f) => path.basename(f))).toEqual(['Same title (3).md', 'Same title (4).md']);
    expect(read(path.join(out, 'Same title.md'))).toBe('# My own note\n');
    expect(read(path.join(out, 'same TITLE (2).md'))).toBe('also mine\n');
    expect(read(path.join(out, 'notes.txt'))).toBe('keep\n');
  });

  it('keeps every file inside the chosen folder whatever the title', async () => {
    const titles = ['../../etc', '../../../../../../tmp/escape', '/etc/passwd', 'CON', '😀'.repeat(300), 'dots...', '', '..', 'a\u0000b', 'C:\\Windows\\win.ini'];
    const summary = await exportToFolder(out, titles.map((t, i) => plainArticle(`h${i}`, t, 1)), options);
    expect(summary.skipped).toEqual([]);
    expect(summary.written).toHaveLength(titles.length);
    for (const file of summary.written) expect(path.dirname(file)).toBe(out);
    expect(list(out)).toHaveLength(titles.length);
    expect(list(path.join(tmp, 'vault'))).toEqual(['Margin']);
    expect(list(tmp)).toEqual(['vault']);
    for (const name of list(out)) expect(Buffer.byteLength(name)).toBeLessThanOrEqual(200);
    // Each file still belongs to its article.
    const ids = list(out).map((n) => parseExportedMarkdown(read(path.join(out, n))).articles[0]!.id);
    expect(ids.sort()).toEqual(titles.map((_, i) => `h${i}`).sort());
  });

  it('refuses, naming the folder, when a file sits where the folder should be', async () => {
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, 'I am a file');
    const attempt = exportToFolder(out, [plainArticle('x', 'X')], options);
    await expect(attempt).rejects.toBeInstanceOf(MarginError);
    await expect(exportToFolder(out, [plainArticle('x', 'X')], options)).rejects.toThrow(out);
    await expect(exportToFolder(path.join(out, 'sub'), [plainArticle('x', 'X')], options)).rejects.toThrow(path.join(out, 'sub'));
    expect(read(out)).toBe('I am a file');
  });

  it(`refuses, naming the folder, when the folder is read-only${asWho}`, () => {
    fs.mkdirSync(out, { recursive: true });
    openTo(out, tmp);
    fs.chmodSync(out, 0o555);
    try {
      expect(exportAsUser(out, [plainArticle('x', 'X')]).error).toMatch(new RegExp(`${out.replace(/[/\\]/g, '.')}.*permission denied`));
      expect(list(out)).toEqual([]);
    } finally {
      fs.chmodSync(out, 0o755);
    }
  });

  it('reports an article it could not write and still writes the others, leaving finished files intact', async () => {
    const articles = [plainArticle('a', 'Alpha'), plainArticle('b', 'Beta'), plainArticle('c', 'Gamma')];
    const summary = await exportToFolder(out, articles, options, (done) => {
      if (done === 1) {
        // Something else takes Beta's file name while the export runs.
        fs.mkdirSync(path.join(out, 'Beta.md'));
        fs.writeFileSync(path.join(out, 'Beta.md', 'inside.txt'), 'x');
      }
    });
    expect(summary.written.map((f) => path.basename(f))).toEqual(['Alpha.md', 'Gamma.md']);
    expect(summary.skipped).toEqual([{ articleId: 'b', title: 'Beta', reason: 'a folder named Beta.md is in the way' }]);
    expect(parseExportedMarkdown(read(path.join(out, 'Alpha.md'))).articles[0]!.id).toBe('a');
    expect(list(path.join(out, 'Beta.md'))).toEqual(['inside.txt']);
    noTempFiles(out);
  });

  it('does not take a folder for its old file: a folder at that name gets a new file beside it', async () => {
    await exportToFolder(out, [plainArticle('a', 'Alpha')], options);
    fs.rmSync(path.join(out, 'Alpha.md'));
    fs.mkdirSync(path.join(out, 'Alpha.md'));
    const summary = await exportToFolder(out, [plainArticle('a', 'Alpha')], options);
    expect(summary.written.map((f) => path.basename(f))).toEqual(['Alpha (2).md']);
    expect(fs.statSync(path.join(out, 'Alpha.md')).isDirectory()).toBe(true);
  });

  it(`skips a file the user made read-only${asWho}`, async () => {
    await exportToFolder(out, [plainArticle('a', 'Alpha'), plainArticle('b', 'Beta')], options);
    for (const f of [out, ...list(out).map((n) => path.join(out, n))]) giveToUser(f);
    openTo(out, tmp);
    const locked = path.join(out, 'Alpha.md');
    const before = read(locked);
    fs.chmodSync(locked, 0o444);
    const { summary } = exportAsUser(out, [plainArticle('a', 'Alpha'), plainArticle('b', 'Beta')]);
    expect(summary!.skipped).toEqual([{ articleId: 'a', title: 'Alpha', reason: 'permission denied writing Alpha.md' }]);
    expect(summary!.updated.map((f) => path.basename(f))).toEqual(['Beta.md']);
    expect(read(locked)).toBe(before);
  });
});

describe('exportToFile', () => {
  it('writes every article into one file and keeps the user text on re-export', async () => {
    const file = path.join(out, 'All highlights.md');
    const articles = [sampleArticle(), plainArticle('two', 'Two')];
    const first = await exportToFile(file, articles, options);
    expect(first).toMatchObject({ written: [file], updated: [], skipped: [], outPath: file });
    fs.writeFileSync(file, read(file).replace('---\nexported', '---\nproject: thesis\nexported') + '\nMy summary.\n');
    const second = await exportToFile(file, articles.slice(1), options);
    expect(second.updated).toEqual([file]);
    const text = read(file);
    expect(text).toContain('project: thesis');
    expect(text.endsWith('My summary.\n')).toBe(true);
    expect(parseExportedMarkdown(text).articles.map((a) => a.id)).toEqual(['two']);
  });

  it('refuses with a clear message when a folder is in the way', async () => {
    const file = path.join(out, 'taken.md');
    fs.mkdirSync(file, { recursive: true });
    await expect(exportToFile(file, [plainArticle('x', 'X')], options)).rejects.toThrow(`Cannot export to ${file}`);
  });
});

describe('exportW3C', () => {
  it('writes a JSON annotation collection that imports back', async () => {
    const file = path.join(out, 'highlights.json');
    const article = sampleArticle();
    const summary = await exportW3C(file, [article]);
    expect(summary.written).toEqual([file]);
    const back = fromW3C(read(file));
    expect(back.map((a) => [a.id, a.quote.exact, a.note, a.color])).toEqual(article.highlights.map((h) => [h.id, h.quote.exact, h.note, h.color]));
  });
});
