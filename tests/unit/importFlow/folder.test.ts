// Folder import through the contract, on a real temp library: per-file results for a mixed tree,
// throttled progress events, cancel mid-way keeping exactly what was imported, and a failing batch
// that leaves the articles already in the library untouched.
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { ImportItemResult, ImportSummary } from '../../../src/shared/api/contract';
import type { LibraryEvent } from '../../../src/shared/api/methods';
import type { Outcome } from '../../../src/shared/api/result';
import type { ArticleSummary } from '../../../src/shared/types';
import { createServices, type Services } from '../../../src/main/services/services';
import { SAMPLE, SEEDS, tempDir } from '../../support/tmp';

type Progress = Extract<LibraryEvent, { type: 'progress' }>;

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108020000009077536e', 'hex');
const RUSSIAN = 'Поставки зерна\n\nВ мае Украина экспортировала 4,2 миллиона тонн зерна, сообщили в министерстве аграрной политики.\n';

function writeTree(files: Record<string, string | Buffer>): string {
  const dir = tempDir('margin-folder-');
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), content);
  }
  return dir;
}

function value<T>(outcome: Outcome<unknown>): T {
  if (!outcome.ok) throw new Error(`${outcome.error.code}: ${outcome.error.message}`);
  return outcome.value as T;
}

async function library(seeded = true): Promise<{ s: Services; progress: Progress[] }> {
  const s = await createServices({ dir: tempDir('margin-lib-'), seedsDir: seeded ? SEEDS : undefined });
  const progress: Progress[] = [];
  s.events.subscribe((e) => {
    if (e.type === 'progress') progress.push(e);
  });
  return { s, progress };
}

const listed = async (s: Services) => value<ArticleSummary[]>(await s.dispatch('articles.list', {}));
const byName = (results: ImportItemResult[]) => new Map(results.map((r) => [r.name, r]));

describe('import.folder', () => {
  it('imports a mixed tree recursively and reports every file, with progress events', async () => {
    const { s, progress } = await library();
    const dir = writeTree({
      'grain.txt': 'Grain exports\nBy R. Smith\n\nUkraine exported 4.2 million tonnes of grain in May.\n',
      'sub/port.md': '---\ntitle: Port notes\n---\n\nThe port handled 80 ships in a week.\n',
      'sub/deeper/rail.html': '<!doctype html><title>Rail freight</title><article><h1>Rail freight</h1><p>Trains carried 3,100 wagons of ore.</p></article>',
      'sub/copy-of-grain.txt': 'Grain exports\nBy R. Smith\n\nUkraine exported 4.2 million tonnes of grain in May.\n',
      'sample.txt': fs.readFileSync(SAMPLE),
      'picture.txt': PNG,
      'empty.md': '',
      'cyrillic.txt': iconv.encode(RUSSIAN, 'windows-1251'),
      '.hidden.txt': 'never listed',
      'photo.png': PNG,
    });
    const summary = value<ImportSummary>(await s.dispatch('import.folder', { path: dir, jobId: 'mixed-1' }));
    expect(summary).toMatchObject({ jobId: 'mixed-1', cancelled: false });
    const results = byName(summary.results);
    expect([...results.keys()].sort()).toEqual(['cyrillic.txt', 'empty.md', 'grain.txt', 'picture.txt', 'sample.txt', 'sub/copy-of-grain.txt', 'sub/deeper/rail.html', 'sub/port.md']);
    expect(results.get('grain.txt')).toMatchObject({ status: 'added', title: 'Grain exports' });
    expect(results.get('sub/port.md')).toMatchObject({ status: 'added', title: 'Port notes' });
    expect(results.get('sub/deeper/rail.html')).toMatchObject({ status: 'added', title: 'Rail freight' });
    expect(results.get('cyrillic.txt')).toMatchObject({ status: 'added', title: 'Поставки зерна' });
    expect(results.get('sub/copy-of-grain.txt')).toMatchObject({ status: 'duplicate', id: results.get('grain.txt')!.id, message: 'Already in the library as "Grain exports".' });
    expect(results.get('sample.txt')).toMatchObject({ status: 'duplicate', message: expect.stringMatching(/^Already in the library as "General Staff/) });
    expect(results.get('picture.txt')).toMatchObject({ status: 'failed', message: '"picture.txt" is an image (PNG), not a text, Markdown or HTML document' });
    expect(results.get('empty.md')).toMatchObject({ status: 'failed', message: '"empty.md" is empty' });

    const view = value<{ text: string }>(await s.dispatch('articles.open', { id: results.get('cyrillic.txt')!.id! }));
    expect(view.text).toContain('4,2 миллиона тонн');
    const rows = await listed(s);
    expect(rows).toHaveLength(1 + 4);

    expect(progress.length).toBeGreaterThanOrEqual(2);
    expect(progress.every((p) => p.jobId === 'mixed-1' && p.task === 'import' && p.total === 8)).toBe(true);
    expect(progress[0]).toMatchObject({ done: 0, total: 8 });
    expect(progress.at(-1)).toMatchObject({ done: 8, total: 8 });
    expect(progress.map((p) => p.done)).toEqual([...progress.map((p) => p.done)].sort((a, b) => a - b));
  });

  it('cancels mid-way: the summary says so and the library holds exactly what was imported', async () => {
    const { s, progress } = await library();
    const files: Record<string, string> = {};
    for (let i = 0; i < 300; i++) files[`shelf-${i % 3}/bulletin-${String(i).padStart(3, '0')}.txt`] = `Bulletin ${i}\n\nTraffic on route ${i} rose ${i % 40}% in a week.\n`;
    const dir = writeTree(files);
    let cancelAnswer: Promise<Outcome<unknown>> | null = null;
    s.events.subscribe((e) => {
      if (e.type === 'progress' && e.done > 0 && !cancelAnswer) cancelAnswer = s.dispatch('import.cancel', { jobId: 'big-1' });
    });
    const summary = value<ImportSummary>(await s.dispatch('import.folder', { path: dir, jobId: 'big-1' }));
    expect(value<boolean>(await cancelAnswer!)).toBe(true);
    expect(summary.cancelled).toBe(true);
    expect(summary.results.length).toBeGreaterThan(0);
    expect(summary.results.length).toBeLessThan(300);
    expect(summary.results.every((r) => r.status === 'added')).toBe(true);
    expect(progress[0]).toMatchObject({ done: 0, total: 300 });

    const ids = new Set((await listed(s)).map((r) => r.id));
    const sampleId = (await listed(s)).find((r) => r.title.startsWith('General Staff'))!.id;
    expect(ids).toEqual(new Set([sampleId, ...summary.results.map((r) => r.id!)]));
    // The job is over: cancelling it again finds nothing.
    expect(value<boolean>(await s.dispatch('import.cancel', { jobId: 'big-1' }))).toBe(false);
  });

  it('leaves what is already in the library untouched by a batch of failures and duplicates', async () => {
    const { s } = await library();
    const before = await listed(s);
    const bodyFile = (id: string) => fs.readdirSync(path.join(s.store.dir, 'articles', id)).find((f) => f.startsWith('content.'))!;
    const sample = before[0]!;
    const bodyPath = path.join(s.store.dir, 'articles', sample.id, bodyFile(sample.id));
    const body = fs.readFileSync(bodyPath);
    const mtime = fs.statSync(bodyPath).mtimeMs;
    const dir = writeTree({ 'again.txt': fs.readFileSync(SAMPLE), 'zip.md': Buffer.from('504b030414000000', 'hex'), 'blank.txt': ' \n\t\n' });

    const summary = value<ImportSummary>(await s.dispatch('import.folder', { path: dir, jobId: 'bad-1' }));
    expect(summary.results.map((r) => r.status).sort()).toEqual(['duplicate', 'failed', 'failed']);
    expect(byName(summary.results).get('blank.txt')?.message).toBe('"blank.txt" is empty (it holds only whitespace)');
    expect(await listed(s)).toEqual(before);
    expect(fs.readFileSync(bodyPath)).toEqual(body);
    expect(fs.statSync(bodyPath).mtimeMs).toBe(mtime);
  });

  it('says plainly when the folder does not exist, and refuses a job id already running', async () => {
    const { s } = await library(false);
    const missing = path.join(tempDir(), 'no-such-folder');
    expect(await s.dispatch('import.folder', { path: missing, jobId: 'x' })).toEqual({
      ok: false,
      error: { code: 'not_found', message: `There is no folder "${missing}".` },
    });
    const dir = writeTree({ 'a.txt': 'One\n\nFirst note.\n', 'b.txt': 'Two\n\nSecond note.\n' });
    const [first, second] = await Promise.all([s.dispatch('import.folder', { path: dir, jobId: 'same' }), s.dispatch('import.folder', { path: dir, jobId: 'same' })]);
    expect(value<ImportSummary>(first).results).toHaveLength(2);
    expect(second).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(value<boolean>(await s.dispatch('import.cancel', { jobId: 'never-started' }))).toBe(false);
  });
});
