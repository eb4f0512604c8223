// `npm run bench`: every speed figure of Margin in one run on one machine — the library store at
// 100, 1,000 and 10,000 generated articles, the UI in Chromium, and the other issues' sections —
// printed as a table and written to bench-results.json (one entry per figure).
// Options: --only store,disk,ui,stats,anchoring,export,import   --sizes 100,1000,10000
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BenchEntry } from './stats';
import { benchFsyncFloor, benchOpen, benchRenameOnDisk, benchRss, benchSaves, benchTags, makeLibrary } from './store';
import { benchHighlightPaint, benchListPaint, ensureRenderer, launch } from './ui';

type Section = { name: string; run: () => Promise<BenchEntry[]> };

/** Goals named in the issues, by figure name and library size. */
const GOALS: Array<{ match: RegExp; size?: number; max?: number; min?: number }> = [
  { match: /^first paint of the list/, size: 10_000, max: 300 },
  { match: /^save one highlight p50/, size: 10_000, max: 2 },
  { match: /^peak RSS/, size: 10_000, max: 300 },
  { match: /^tag rename/, size: 10_000, max: 1000 },
  { match: /^tag filter, [12] tag/, size: 10_000, max: 20 },
  { match: /^stats\.extract throughput/, min: 25 },
  { match: /^export\.markdown one file/, max: 500 },
  { match: /^export\.markdown folder, first/, max: 2000 },
  { match: /^import\.folder 1,000/, max: 10_000 },
  { match: /^anchor(All| and paint)/, max: 100 },
];

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function writableDir(dir: string): boolean {
  try {
    fs.accessSync(dir, fs.constants.W_OK);
    return fs.statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

const only = arg('only')?.split(',');
const sizes = (arg('sizes') ?? '100,1000,10000').split(',').map(Number);
const largest = Math.max(...sizes);
const diskRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'margin-bench-'));
const memory = process.env.MARGIN_BENCH_DIR ?? (writableDir('/dev/shm') ? '/dev/shm' : null);
const fastRoot = memory ? fs.mkdtempSync(path.join(memory, 'margin-bench-')) : diskRoot;
const fastLabel = memory ? 'tmpfs' : 'disk';

const libraries = new Map<number, ReturnType<typeof makeLibrary>['lib']>();

const sections: Section[] = [
  {
    name: 'store',
    async run() {
      const out: BenchEntry[] = [];
      for (const size of sizes) {
        const { lib, ms } = makeLibrary(fastRoot, size, fastLabel);
        process.stderr.write(`bench: generated ${size} articles in ${(ms / 1000).toFixed(1)} s\n`);
        libraries.set(size, lib);
        out.push(...(await benchOpen(lib, size)), ...(await benchSaves(lib, size, fastLabel)), ...(await benchTags(lib, size)));
      }
      const big = libraries.get(largest);
      if (big) out.push(...benchRss(big.dir, largest, big.tagA));
      return out;
    },
  },
  {
    name: 'disk',
    async run() {
      if (!memory) return [];
      const out: BenchEntry[] = [...benchFsyncFloor(diskRoot)];
      for (const size of sizes) {
        const { lib } = makeLibrary(diskRoot, size, 'disk');
        out.push(...(await benchSaves(lib, size, 'disk, fsync')));
        if (size === largest) out.push(...(await benchRenameOnDisk(lib, size)));
        fs.rmSync(lib.dir, { recursive: true, force: true });
      }
      return out;
    },
  },
  {
    name: 'ui',
    async run() {
      ensureRenderer();
      const browser = await launch();
      try {
        const out: BenchEntry[] = [];
        for (const size of sizes) {
          const lib = libraries.get(size) ?? makeLibrary(fastRoot, size, fastLabel).lib;
          out.push(...(await benchListPaint(browser, lib.dir, size)));
        }
        out.push(...(await benchHighlightPaint(browser, fastRoot)));
        return out;
      } finally {
        await browser.close();
      }
    },
  },
  { name: 'stats', run: async () => (await import('./stats')).benchStats() },
  { name: 'anchoring', run: async () => (await import('../src/shared/anchoring/bench')).benchAnchoring() },
  { name: 'export', run: async () => (await import('./export')).benchExport() },
  {
    name: 'import',
    async run() {
      const file = path.join(import.meta.dirname, 'import.ts');
      if (!fs.existsSync(file)) {
        process.stderr.write('bench: bench/import.ts does not exist yet; the import figures are skipped.\n');
        return [];
      }
      const mod = (await import(file)) as { benchImport?: () => Promise<BenchEntry[]> | BenchEntry[] };
      if (!mod.benchImport) throw new Error('bench/import.ts exports no benchImport()');
      return mod.benchImport();
    },
  },
];

function goalOf(e: BenchEntry): string {
  const goal = GOALS.find((g) => g.match.test(e.name) && (g.size === undefined || g.size === e.size));
  if (!goal) return '';
  if (goal.min !== undefined) return `${e.value >= goal.min ? 'meets' : 'misses'} ≥ ${goal.min}`;
  return `${e.value <= goal.max! ? 'meets' : 'misses'} ≤ ${goal.max}`;
}

function table(rows: Array<BenchEntry & { section: string }>): string {
  const fmt = (v: number | undefined) => (v === undefined ? '' : v.toLocaleString('en-US', { maximumFractionDigits: 3 }));
  const cells = rows.map((r) => [r.section, r.name, r.size === undefined ? '' : fmt(r.size), `${fmt(r.value)} ${r.unit}`, r.baseline === undefined ? '' : `${fmt(r.baseline)} ${r.unit}`, goalOf(r)]);
  const head = ['section', 'figure', 'size', 'value', 'baseline', 'goal'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((x, i) => (i === 3 || i === 4 || i === 2 ? x.padStart(widths[i]!) : x.padEnd(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}

async function main(): Promise<void> {
  const started = performance.now();
  const results: Array<BenchEntry & { section: string }> = [];
  try {
    for (const section of sections) {
      if (only && !only.includes(section.name)) continue;
      const t0 = performance.now();
      process.stderr.write(`bench: ${section.name}…\n`);
      try {
        for (const e of await section.run()) results.push({ ...e, section: section.name });
      } catch (err) {
        process.stderr.write(`bench: section ${section.name} failed: ${(err as Error).stack ?? String(err)}\n`);
        process.exitCode = 1;
      }
      process.stderr.write(`bench: ${section.name} took ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
    }
  } finally {
    fs.rmSync(fastRoot, { recursive: true, force: true });
    fs.rmSync(diskRoot, { recursive: true, force: true });
  }
  process.stdout.write(`${table(results)}\n\nLibraries: ${fastLabel} (${memory ?? os.tmpdir()}) unless a figure says disk (${os.tmpdir()}). ${os.cpus().length} CPUs, Node ${process.version}. Total ${((performance.now() - started) / 1000).toFixed(0)} s.\n`);
  const json = results.map(({ section: _section, ...e }) => e);
  fs.writeFileSync('bench-results.json', `${JSON.stringify(json, null, 2)}\n`);
}

await main();
