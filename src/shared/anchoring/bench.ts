// Measures anchorAll on a generated long article for the bench runner. It must not print or
// touch the disk: it returns entries, and throws if anchoring got any highlight wrong.

import { anchorAll, type AnchorItem } from './anchorAll';
import { describe } from './describe';
import { mulberry32 as rng } from '../random';

/** One measured figure. `size` is the number of highlights anchored. */
export interface BenchEntry {
  name: string;
  value: number;
  unit: string;
  size: number;
}

const WORDS = 100_000;
const HIGHLIGHTS = 1_000;


/** A prose-like text of `words` words from a 3,000-word vocabulary, in sentences and paragraphs. */
function generateText(words: number, random: () => number): string {
  const syllables = ['ka', 'lo', 'mi', 'ten', 'ra', 'vos', 'el', 'dun', 'pri', 'sa', 'or', 'ne', 'tis', 'gal'];
  const vocab: string[] = [];
  for (let i = 0; i < 3000; i++) {
    let w = '';
    const n = 1 + Math.floor(random() * 3);
    for (let k = 0; k < n; k++) w += syllables[Math.floor(random() * syllables.length)];
    vocab.push(w);
  }
  const parts: string[] = [];
  let sentence = 0;
  for (let i = 0; i < words; i++) {
    let w = vocab[Math.floor(random() * vocab.length)]!;
    if (sentence === 0) w = w[0]!.toUpperCase() + w.slice(1);
    sentence++;
    const endSentence = sentence > 8 && random() < 0.15;
    if (endSentence) {
      sentence = 0;
      w += '.';
    }
    parts.push(w, endSentence && random() < 0.2 ? '\n' : ' ');
  }
  return parts.join('').trimEnd();
}

/** 1,000 highlights of 3–25 words spread over the text. */
function makeHighlights(text: string, random: () => number): AnchorItem[] {
  const items: AnchorItem[] = [];
  const stride = Math.floor(text.length / HIGHLIGHTS);
  for (let i = 0; i < HIGHLIGHTS; i++) {
    let start = i * stride + Math.floor(stride / 4 + random() * (stride / 2));
    start = text.indexOf(' ', start) + 1;
    let end = start;
    const words = 3 + Math.floor(random() * 23);
    for (let k = 0; k < words; k++) end = text.indexOf(' ', end + 1);
    items.push({ id: `h${i}`, ...describe(text, start, end) });
  }
  return items;
}

/** Median wall time in ms of `runs` calls (after one warm-up). */
function time(runs: number, fn: () => void): number {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return Math.round(samples[Math.floor(samples.length / 2)]! * 100) / 100;
}

/** Fails the bench when any highlight is not where it should be. */
function check(label: string, text: string, items: AnchorItem[], shiftAt: number, shift: number): void {
  const { placed, orphans } = anchorAll(text, items);
  if (orphans.length > 0) throw new Error(`${label}: ${orphans.length} highlights orphaned`);
  for (const item of items) {
    const a = placed.get(item.id)!;
    const want = item.position!.start + (item.position!.start >= shiftAt ? shift : 0);
    if (a.start !== want) throw new Error(`${label}: ${item.id} placed at ${a.start}, expected ${want}`);
  }
}

/**
 * anchorAll of 1,000 highlights on a generated 100,000-word text: (a) text unchanged (position
 * path), (b) a paragraph inserted near the start (quote path), (c) one word inside every tenth
 * quote changed as well (fuzzy path for 100 of them).
 */
export function benchAnchoring(): BenchEntry[] {
  const random = rng(20240611);
  const text = generateText(WORDS, random);
  const items = makeHighlights(text, random);

  const insertAt = text.indexOf(' ', 40) + 1;
  const inserted = 'An editor added this whole new sentence near the start of the article. ';
  const shifted = text.slice(0, insertAt) + inserted + text.slice(insertAt);

  let edited = shifted;
  for (let i = items.length - 1; i >= 0; i -= 10) {
    const p = items[i]!.position!;
    const at = p.start + inserted.length + Math.floor((p.end - p.start) / 2);
    const wordStart = edited.lastIndexOf(' ', at) + 1;
    const wordEnd = edited.indexOf(' ', at);
    edited = edited.slice(0, wordStart) + 'zz' + edited.slice(wordEnd);
  }
  check('unchanged', text, items, 0, 0);
  check('insertion', shifted, items, insertAt, inserted.length);
  const fuzzy = anchorAll(edited, items);
  if (fuzzy.orphans.length > 0) throw new Error(`edited: ${fuzzy.orphans.length} highlights orphaned`);

  return [
    { name: 'anchorAll 1k highlights, 100k words, unchanged text', value: time(9, () => anchorAll(text, items)), unit: 'ms', size: HIGHLIGHTS },
    { name: 'anchorAll 1k highlights, 100k words, insertion near start', value: time(9, () => anchorAll(shifted, items)), unit: 'ms', size: HIGHLIGHTS },
    { name: 'anchorAll 1k highlights, 100k words, insertion + 100 quotes edited', value: time(3, () => anchorAll(edited, items)), unit: 'ms', size: HIGHLIGHTS },
  ];
}
