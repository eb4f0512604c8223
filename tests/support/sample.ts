// Facts about the sample article read from the seed file itself, so tests follow the seed.
import fs from 'node:fs';
import path from 'node:path';

const SEEDS = path.resolve(import.meta.dirname, '..', '..', 'seeds');
export const SAMPLE_FILE = path.join(SEEDS, fs.readdirSync(SEEDS).find((f) => f.endsWith('.txt'))!);
const lines = () => fs.readFileSync(SAMPLE_FILE, 'utf8').split('\n');

export const sampleTitle = () => lines()[0]!.trim();
/** Lines that are only bold text: the reader shows them as section headings. */
export const sampleHeadings = () =>
  lines()
    .map((l) => /^\*\*(.+)\*\*\s*$/.exec(l.trim())?.[1])
    .filter((h): h is string => Boolean(h));
