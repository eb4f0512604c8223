// Recovers an edited quote from its context: the passage between a verbatim prefix and suffix,
// if half of the quote survives. It must not accept a quote deleted or rewritten past recognition.

import type { TextQuoteSelector } from '../types';
import { candidateAt, better, type Candidate } from './candidate';
import { CONTEXT_LENGTH } from './describe';
import { occurrences } from './occurrences';
import { editDistance, similarity } from './similarity';

/** Below this share of the old quote, the passage between the brackets is something else. */
const MIN_SURVIVING = 0.5;
/** Quadratic edit distance stays cheap up to this quote length. */
const MAX_QUOTE_LENGTH = 2000;

/** How far either side of the expected position the first look reaches. */
const NEAR_WINDOW = 4096;

/** Best bracketed candidate whose prefix starts in [from, to]. */
function scan(text: string, quote: TextQuoteSelector, from: number, to: number, expected: number | undefined): Candidate | null {
  const { prefix, suffix, exact } = quote;
  const maxGap = 2 * exact.length;
  let best: Candidate | null = null;
  for (const p of occurrences(text, prefix, from, to)) {
    if (prefix.length < CONTEXT_LENGTH && p !== 0) break;
    const start = p + prefix.length;
    const end = text.indexOf(suffix, start + 1);
    if (end === -1) break;
    if (end - start > maxGap) continue;
    if (suffix.length < CONTEXT_LENGTH && end + suffix.length !== text.length) continue;
    const found = text.slice(start, end);
    if (similarity(exact, found) < MIN_SURVIVING) continue;
    const c = candidateAt(text, quote, start, end, editDistance(exact, found), expected);
    best = better(best, { ...c, trusted: true });
  }
  return best;
}

/**
 * The span between verbatim occurrences of the stored prefix and suffix, when its text is still at
 * least half the old quote (edit similarity ≥ 0.5), either within a window around `expected`
 * or anywhere. A context shorter
 * than 32 characters means the quote touched the start or end of the text, so it must still do
 * so. Null when nothing qualifies.
 */
export function findBracketed(
  text: string,
  quote: TextQuoteSelector,
  expected: number | undefined,
  where: 'near' | 'anywhere',
): Candidate | null {
  if (quote.prefix.length === 0 || quote.suffix.length === 0 || quote.exact.length > MAX_QUOTE_LENGTH) return null;
  if (where === 'near') {
    return expected === undefined ? null : scan(text, quote, Math.max(0, expected - NEAR_WINDOW), expected + NEAR_WINDOW, expected);
  }
  return scan(text, quote, 0, text.length, expected);
}
