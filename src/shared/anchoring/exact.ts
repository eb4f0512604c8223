// Finds the quote verbatim in the text: near where it is expected first, then everywhere,
// choosing between repeats by context and distance. It must not tolerate edits (fuzzy.ts does).

import type { TextQuoteSelector } from '../types';
import { better, candidateAt, type Candidate } from './candidate';
import { occurrences } from './occurrences';
import { contextMatchesExactly } from './score';

/** How far either side of the expected position the cheap first look reaches. */
const NEAR_WINDOW = 4096;

/**
 * The best verbatim occurrence of `quote.exact`, or null when there is none. An occurrence near
 * `expected` whose whole stored context matches verbatim is taken at once; otherwise every
 * occurrence is scored and the best returned (check `trusted` before using it).
 */
export function findExact(text: string, quote: TextQuoteSelector, expected: number | undefined): Candidate | null {
  const { exact } = quote;
  if (expected !== undefined) {
    const from = Math.max(0, expected - NEAR_WINDOW);
    let nearest: number | null = null;
    for (const i of occurrences(text, exact, from, expected + NEAR_WINDOW)) {
      if (contextMatchesExactly(text, quote, i, i + exact.length)) {
        if (nearest === null || Math.abs(i - expected) < Math.abs(nearest - expected)) nearest = i;
      }
    }
    if (nearest !== null) return candidateAt(text, quote, nearest, nearest + exact.length, 0, expected);
  }
  let best: Candidate | null = null;
  for (const i of occurrences(text, exact)) {
    best = better(best, candidateAt(text, quote, i, i + exact.length, 0, expected));
  }
  return best;
}
