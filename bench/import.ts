// Benchmark of folder import: 1,000 generated 5 KB news-like text files (numbers in every sentence)
// imported into a fresh temp library through the services, statistics extraction included.
// Goal: ≤ 10 s. Temp folders are removed after. Returns entries; never prints.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ImportSummary } from '../src/shared/api/contract';
import { createServices } from '../src/main/services/services';
import { mulberry32 as prng } from '../src/shared/random';
import type { BenchEntry } from './entry';
export type { BenchEntry };


const FILES = 1000;
const BYTES = 5 * 1024;


const PLACES = ['Kharkiv', 'Odesa', 'Lviv', 'Gdansk', 'Rotterdam', 'Nairobi', 'Osaka', 'Valparaíso', 'Toronto', 'Pune'];
const THINGS = ['containers', 'passengers', 'tonnes of grain', 'homes', 'jobs', 'drones', 'hospital beds', 'flights'];
const MONTHS = ['January', 'March', 'May', 'July', 'September', 'November'];
const FILLER = [
  'Officials declined to comment on the details, citing ongoing negotiations.',
  'The opposition called for an independent inquiry into the figures.',
  'Residents described long queues as services struggled to keep up.',
  'Analysts said the trend was likely to continue into next year.',
];

/** One deterministic article of about `BYTES` bytes: a title, a byline, paragraphs full of quantities. */
export function generateArticle(i: number, rand: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const n = () => Math.floor(rand() * 90_000) + 100;
  let text = `${pick(PLACES)} report ${i}: ${n().toLocaleString('en-US')} ${pick(THINGS)} in ${pick(MONTHS)}\nBy Desk ${i % 17}\n\n`;
  while (Buffer.byteLength(text) < BYTES) {
    const sentences = [
      `In ${pick(PLACES)}, ${n().toLocaleString('en-US')} ${pick(THINGS)} were counted in ${pick(MONTHS)}, up ${Math.floor(rand() * 40) + 1}% on a year earlier.`,
      `The budget of $${(rand() * 900 + 10).toFixed(1)} million covers about ${n().toLocaleString('en-US')} ${pick(THINGS)}.`,
      pick(FILLER),
      `Prices rose ${(rand() * 9).toFixed(1)}% while wages grew ${(rand() * 5).toFixed(1)}%, the statistics office said.`,
    ];
    text += `${sentences.join(' ')}\n\n`;
  }
  return text;
}

/** Times `import.folder` of 1,000 files into a new library (rendering and statistics cached at import). */
export async function benchImport(): Promise<BenchEntry[]> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'margin-bench-import-'));
  try {
    const source = path.join(root, 'articles');
    const rand = prng(7);
    for (let shelf = 0; shelf < 10; shelf++) await mkdir(path.join(source, `shelf-${shelf}`), { recursive: true });
    for (let i = 0; i < FILES; i++) await writeFile(path.join(source, `shelf-${i % 10}`, `article-${String(i).padStart(4, '0')}.txt`), generateArticle(i, rand));

    const services = await createServices({ dir: path.join(root, 'library') });
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const outcome = await services.dispatch('import.folder', { path: source, jobId: 'bench' });
    const ms = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    if (!outcome.ok) throw new Error(outcome.error.message);
    const added = (outcome.value as ImportSummary).results.filter((r) => r.status === 'added').length;
    if (added !== FILES) throw new Error(`only ${added} of ${FILES} articles were added`);
    return [
      { name: 'import.folder 1,000 × 5 KB text files, statistics included (goal ≤ 10 s)', value: Math.round(ms), unit: 'ms', size: FILES },
      { name: 'import.folder per article', value: Number((ms / FILES).toFixed(2)), unit: 'ms', size: FILES },
      // CPU time shows the work itself when the machine is shared (wall time also waits for fsync).
      { name: 'import.folder CPU time per article', value: Number((cpuMs / FILES).toFixed(2)), unit: 'ms', size: FILES },
    ];
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
