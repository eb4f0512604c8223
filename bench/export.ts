// Benchmark of Markdown and W3C export: 1,000 generated articles with 10 highlights each, exported
// to one file and to a folder (first time and re-export) in a temp dir that is removed after.
// Goals: one file ≤ 500 ms, folder ≤ 2 s. Returns entries; never prints.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { exportToFile, exportToFolder, exportW3C } from '../src/main/export/exportService';
import { exportOptions, type ExportArticle } from '../src/shared/export/types';
import { HIGHLIGHT_COLORS, type Highlight } from '../src/shared/types';
import { mulberry32 as prng } from '../src/shared/random';
import type { BenchEntry } from './entry';
export type { BenchEntry };


const ARTICLES = 1000;
const PER_ARTICLE = 10;


const SENTENCES = [
  'Russia has lost around 1,020,010 troops, including 10,980 tanks.',
  'The losses have been mounting steadily over the past day.',
  'Officials declined to comment on the *details* of the agreement.',
  'Analysts expect the central bank to keep its policy unchanged — see https://example.com/a_b.',
  'The report, which has not been made public, criticises the ministry [sic].',
  '# Not a heading, but 1. not a list either | and a pipe',
];
const NOTES = ['', 'Check this against the **official** figures.', 'Why? See `table 2` > appendix.\n\nSecond thought: _maybe_ not.', '- follow up\n- ask the author'];
const TAGS = ['war/equipment', 'economy', 'to check', 'people/officials', 'numbers'];

/** Deterministic articles shaped like the sample library. */
export function generateArticles(count = ARTICLES, perArticle = PER_ARTICLE): ExportArticle[] {
  const rand = prng(6);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  return Array.from({ length: count }, (_, a) => {
    const id = `a${a.toString(16).padStart(15, '0')}`;
    const highlights: Highlight[] = Array.from({ length: perArticle }, (_, h) => {
      const exact = rand() < 0.2 ? `${pick(SENTENCES)}\n${pick(SENTENCES)}` : pick(SENTENCES);
      return {
        id: `${a.toString(16)}h${h}${Math.floor(rand() * 1e12).toString(16)}`,
        articleId: id,
        color: pick(HIGHLIGHT_COLORS),
        note: pick(NOTES),
        tags: rand() < 0.5 ? [pick(TAGS)] : [],
        createdAt: '2025-02-01T10:00:00.000Z',
        updatedAt: '2025-02-01T10:00:00.000Z',
        quote: { type: 'TextQuoteSelector', exact, prefix: 'before ', suffix: ' after' },
        position: { type: 'TextPositionSelector', start: h * 100, end: h * 100 + exact.length },
      };
    });
    return {
      meta: {
        id,
        title: `${pick(['General Staff', 'Markets', 'Weather', 'Sport'])}: report ${a} — ${pick(['losses', 'rates', 'storms', 'scores'])}?`,
        author: rand() < 0.5 ? 'AI' : null,
        source: `https://example.com/news/${a}`,
        siteName: 'Example',
        publishedAt: null,
        addedAt: '2025-01-15T08:30:00.000Z',
        format: 'text',
        hash: id,
        size: 3000,
        trashedAt: null,
        tags: [pick(TAGS)],
        highlightCount: perArticle,
      },
      highlights,
    };
  });
}

/** Fastest of `runs` timings (ms); `run` gets the run's number so it can use a fresh target. */
async function bestOf(runs: number, run: (i: number) => Promise<unknown>): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run(i);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** Times exports of 10,000 highlights: one Markdown file, a folder (new and re-export), W3C JSON. */
export async function benchExport(): Promise<BenchEntry[]> {
  const articles = generateArticles();
  const highlights = ARTICLES * PER_ARTICLE;
  const options = exportOptions({ now: new Date('2025-03-01T12:00:00.000Z') });
  const dir = await mkdtemp(path.join(os.tmpdir(), 'margin-bench-export-'));
  try {
    const oneFile = await bestOf(3, (i) => exportToFile(path.join(dir, `all-${i}.md`), articles, options));
    const folder = await bestOf(3, (i) => exportToFolder(path.join(dir, `folder-${i}`), articles, options));
    const again = await bestOf(3, () => exportToFolder(path.join(dir, 'folder-0'), articles, options));
    const w3c = await bestOf(3, (i) => exportW3C(path.join(dir, `all-${i}.json`), articles));
    return [
      { name: 'export.markdown one file (goal ≤ 500 ms)', value: Math.round(oneFile), unit: 'ms', size: highlights },
      { name: 'export.markdown folder, first export (goal ≤ 2000 ms)', value: Math.round(folder), unit: 'ms', size: highlights },
      { name: 'export.markdown folder, re-export in place', value: Math.round(again), unit: 'ms', size: highlights },
      { name: 'export.w3c json file', value: Math.round(w3c), unit: 'ms', size: highlights },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
