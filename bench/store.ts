// Benchmark of the library store on generated libraries: open (services ready, list data), saving one
// highlight beside a naive one-lowdb-file store, tag filters and rename, and the services' peak RSS.
// Returns entries; never prints. Run directly (`tsx bench/store.ts --rss DIR`) it is the RSS probe.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LowSync } from 'lowdb';
import { JSONFileSync } from 'lowdb/node';
import { fsyncDir, writeFileDurably } from '../src/main/library/durableJsonFile';
import { renameTags } from '../src/main/library/tagLog';
import { createServices, type Services } from '../src/main/services/services';
import type { ArticleMeta, Highlight } from '../src/shared/types';
import { generateLibrary, type GeneratedLibrary } from '../tests/support/gen';
import type { BenchEntry } from './stats';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SAVES = 200;

const ms = (v: number) => Number(v.toFixed(v < 10 ? 3 : 1));
const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};
const median = (xs: number[]) => percentile(xs, 50);

function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const value = fn();
  return [value, performance.now() - t0];
}

async function timeAsync<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const value = await fn();
  return [value, performance.now() - t0];
}

/** Generates a library of `size` articles under `root` and says how long it took (ms). */
export function makeLibrary(root: string, size: number, label: string): { lib: GeneratedLibrary; ms: number } {
  const dir = path.join(root, `margin-bench-${label}-${size}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const [lib, t] = time(() => generateLibrary(dir, { articles: size }));
  return { lib, ms: t };
}

/** Opening: services ready and the list's rows in hand, the first time (building the summary cache) and after. */
export async function benchOpen(lib: GeneratedLibrary, size: number): Promise<BenchEntry[]> {
  const open = async () => {
    const [services, t] = await timeAsync(async () => {
      const s = await createServices({ dir: lib.dir });
      s.store.summaries();
      return s;
    });
    return { services, t };
  };
  const first = await open();
  const again: number[] = [];
  for (let i = 0; i < 3; i++) again.push((await open()).t);
  return [
    { name: 'open library, first time (builds the summary cache)', value: ms(first.t), unit: 'ms', size },
    { name: 'open library (services ready, list data)', value: ms(median(again)), unit: 'ms', size },
  ];
}

/** A highlight over `text` from word `k`, as the renderer sends it. */
function span(text: string, k: number): { start: number; end: number } {
  let start = 200 + ((k * 7919) % Math.max(1, text.length - 400));
  while (text[start] !== ' ') start++;
  return { start: start + 1, end: start + 1 + 24 };
}

/** Saving one highlight through the services, p50 and p95 over SAVES saves on 20 articles. */
async function storeSaves(lib: GeneratedLibrary): Promise<number[]> {
  const services = await createServices({ dir: lib.dir });
  const ids = Array.from({ length: 20 }, (_, i) => lib.ids[Math.floor((i * lib.ids.length) / 20)]!);
  const texts = new Map(ids.map((id) => [id, services.views.derived(id).text]));
  services.highlights.add({ articleId: ids[0]!, ...span(texts.get(ids[0]!)!, 1), color: 'yellow' }); // the day's snapshot
  const times: number[] = [];
  for (let k = 0; k < SAVES; k++) {
    const id = ids[k % ids.length]!;
    const s = span(texts.get(id)!, k);
    const [, t] = time(() => services.highlights.add({ articleId: id, ...s, color: 'green', tags: ['bench'] }));
    times.push(t);
  }
  return times;
}

/** The naive store: every article, body and highlight in one lowdb file; a save rewrites it all. */
function naiveSaves(lib: GeneratedLibrary, dir: string, saves: number): number[] {
  const file = path.join(dir, 'naive-library.json');
  const index = JSON.parse(fs.readFileSync(path.join(lib.dir, 'library.json'), 'utf8')) as { articles: ArticleMeta[] };
  const data = {
    articles: index.articles.map((a) => ({ ...a, content: fs.readFileSync(path.join(lib.dir, 'articles', a.id, 'content.txt'), 'utf8') })),
    highlights: index.articles.flatMap((a) => (JSON.parse(fs.readFileSync(path.join(lib.dir, 'annotations', `${a.id}.json`), 'utf8')) as { highlights: Highlight[] }).highlights),
  };
  const db = new LowSync(new JSONFileSync<typeof data>(file), data);
  db.write();
  const times: number[] = [];
  for (let k = 0; k < saves; k++) {
    const h = { ...data.highlights[k % data.highlights.length]!, id: `naive-${k}` };
    const [, t] = time(() => {
      db.data.highlights.push(h);
      db.write();
    });
    times.push(t);
  }
  fs.rmSync(file, { force: true });
  return times;
}

/** Save-one-highlight figures for one library, with the naive store measured on the same folder. */
export async function benchSaves(lib: GeneratedLibrary, size: number, where: string): Promise<BenchEntry[]> {
  const ours = await storeSaves(lib);
  const naive = naiveSaves(lib, path.dirname(lib.dir), size >= 10_000 ? 8 : size >= 1000 ? 20 : 50);
  return [
    { name: `save one highlight p50 (${where})`, value: ms(percentile(ours, 50)), unit: 'ms', size, baseline: ms(percentile(naive, 50)) },
    { name: `save one highlight p95 (${where})`, value: ms(percentile(ours, 95)), unit: 'ms', size, baseline: ms(percentile(naive, 95)) },
  ];
}

/** The floor under any durable save on this disk: write 4 KB to a temp file, fsync, rename, fsync the folder. */
export function benchFsyncFloor(dir: string): BenchEntry[] {
  const file = path.join(dir, 'fsync-probe.json');
  const times: number[] = [];
  for (let i = 0; i < 100; i++) {
    const [, t] = time(() => {
      const fd = fs.openSync(`${file}.tmp`, 'w');
      fs.writeSync(fd, 'x'.repeat(4096));
      fs.fsyncSync(fd);
      fs.closeSync(fd);
      fs.renameSync(`${file}.tmp`, file);
      const dfd = fs.openSync(dir, 'r');
      fs.fsyncSync(dfd);
      fs.closeSync(dfd);
    });
    times.push(t);
  }
  fs.rmSync(file, { force: true });
  return [{ name: 'durable 4 KB write, the disk alone, p50 (disk)', value: ms(median(times)), unit: 'ms' }];
}

/** Tag filter (one tag, two tags) and renaming a tag carried by one passage of every article. */
export async function benchTags(lib: GeneratedLibrary, size: number): Promise<BenchEntry[]> {
  const services: Services = await createServices({ dir: lib.dir });
  const rows = services.store.summaries();
  services.tags.filterArticles(rows, [lib.tagA]); // its first use is measured in a fresh process (benchRss)
  const warm: number[] = [];
  const both: number[] = [];
  let two = 0;
  for (let i = 0; i < 5; i++) {
    warm.push(time(() => services.tags.filterArticles(rows, [lib.tagA]))[1]);
    const [r, t] = time(() => services.tags.filterArticles(rows, [lib.tagA, lib.tagB]));
    both.push(t);
    two = r.length;
  }
  const [change, rename] = time(() => services.tags.rename(lib.commonTag, 'bench/renamed'));
  // What the window asks for next: the list and the tag counts, with every digest brought past the rename.
  const [, after] = time(() => (services.tags.list(), services.store.summaries()));
  const [, undo] = time(() => (services.tags.undoChange(change.undoToken), services.tags.list(), services.store.summaries()));
  const eager = eagerRename(lib.dir, lib.commonTag, 'bench/eager');
  return [
    { name: 'tag filter, 1 tag', value: ms(median(warm)), unit: 'ms', size },
    { name: `tag filter, 2 tags (${two} match)`, value: ms(median(both)), unit: 'ms', size },
    { name: `tag rename (${change.passages} passages)`, value: ms(rename), unit: 'ms', size, baseline: ms(eager) },
    { name: 'tag list and library list after the rename', value: ms(after), unit: 'ms', size },
    { name: 'undo of that rename, then both lists', value: ms(undo), unit: 'ms', size },
  ];
}

/** A tag rename on `lib` (on disk, so every fsync is real) beside the eager rewrite it replaced. */
export async function benchRenameOnDisk(lib: GeneratedLibrary, size: number): Promise<BenchEntry[]> {
  const services = await createServices({ dir: lib.dir });
  services.store.summaries();
  const [change, rename] = time(() => services.tags.rename(lib.commonTag, 'bench/renamed-on-disk'));
  const eager = eagerRename(lib.dir, 'bench/renamed-on-disk', 'bench/eager');
  return [{ name: `tag rename on disk, fsync (${change.passages} passages)`, value: ms(rename), unit: 'ms', size, baseline: ms(eager) }];
}

/**
 * The baseline of a rename: as Margin did it before the tag log, every annotations file carrying
 * the tag read, changed and written durably (one fsync each, the folder synced once) — on a copy
 * of the annotations folder beside the library, which is left as it was. Returns ms.
 */
function eagerRename(dir: string, from: string, to: string): number {
  const folder = path.join(path.dirname(dir), `${path.basename(dir)}-eager-annotations`);
  fs.cpSync(path.join(dir, 'annotations'), folder, { recursive: true });
  try {
    return rewriteAll(folder, from, to);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

function rewriteAll(folder: string, from: string, to: string): number {
  const change = { seq: 0, id: '', at: '', from, to, articles: [] };
  const t0 = performance.now();
  for (const name of fs.readdirSync(folder)) {
    if (!name.endsWith('.json')) continue;
    const file = path.join(folder, name);
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { tags: string[]; highlights: Highlight[] };
    let changed = false;
    const tags = renameTags(data.tags, change)?.tags;
    if (tags) {
      data.tags = tags;
      changed = true;
    }
    for (const h of data.highlights) {
      const next = renameTags(h.tags, change)?.tags;
      if (!next) continue;
      h.tags = next;
      changed = true;
    }
    if (changed) writeFileDurably(file, JSON.stringify(data), undefined, { syncDir: false });
  }
  fsyncDir(folder);
  return performance.now() - t0;
}

/**
 * Peak RSS of a fresh process running the services on `dir`: after the list (and one article
 * opened), then after a tag filter — whose first use there is timed too, as a person meets it
 * (after the tag list the window shows first).
 */
export function benchRss(dir: string, size: number, tag: string): BenchEntry[] {
  const out = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), fileURLToPath(import.meta.url), '--rss', dir, tag], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  const m = /rss (\d+) (\d+) filter ([\d.]+) (\d+)/.exec(out.stdout);
  if (!m) throw new Error(`the RSS probe failed: ${out.stderr}`);
  return [
    { name: `tag filter, 1 tag, first use in a fresh process, after the tag list (${m[4]} match)`, value: ms(Number(m[3])), unit: 'ms', size },
    { name: 'peak RSS of the services, list open', value: Math.round(Number(m[1]) / 1024), unit: 'MB', size },
    { name: 'peak RSS of the services, after a tag filter', value: Math.round(Number(m[2]) / 1024), unit: 'MB', size },
  ];
}

async function rssProbe(dir: string, tag: string): Promise<void> {
  const services = await createServices({ dir });
  const rows = services.store.summaries();
  services.views.view(rows[0]!.id);
  const afterList = process.resourceUsage().maxRSS;
  // As the window starts: the tag browser's list is asked for after the first paint, and a tag can
  // only be pressed once that list is shown. Then the first filter.
  services.tags.list();
  const [found, filter] = time(() => services.tags.filterArticles(rows, [tag]));
  process.stdout.write(`rss ${afterList} ${process.resourceUsage().maxRSS} filter ${filter} ${found.length}\n`);
}

if (process.argv[2] === '--rss' && process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await rssProbe(process.argv[3]!, process.argv[4]!);
}
