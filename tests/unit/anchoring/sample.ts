// The sample article as plain text, and small helpers the anchoring tests share.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SAMPLE = readFileSync(
  fileURLToPath(new URL('../../../seeds/000_aec4eee4ac3b9961.txt', import.meta.url)),
  'utf8',
);

/** Offsets of `needle` in `text` (the `nth` occurrence, 0-based); throws when absent. */
export function spanOf(text: string, needle: string, nth = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`not in text: ${needle} (#${nth})`);
  }
  return { start: at, end: at + needle.length };
}

/** `text` with the first occurrence of `from` replaced by `to`; throws when absent. */
export function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`not in text: ${from}`);
  return text.replace(from, to);
}
