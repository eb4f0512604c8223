// Finds an edited quote with approx-string-match (Myers): near the expected place, or chunk by
// chunk over the whole text. It must not decide acceptance: callers check `trusted`.

import search from 'approx-string-match';
import type { TextQuoteSelector } from '../types';
import { better, candidateAt, type Candidate } from './candidate';
import { MIN_QUOTE_SIMILARITY } from './score';
import { snapToContext } from './snap';

/** Edits beyond this are never accepted, so the search need not look for them. */
const MAX_ERRORS_CAP = 256;
/** A window match at least this good is taken without searching the rest of the text. */
const CONFIDENT_SCORE = 0.85;

/** The most edits a match of this quote may have and still be accepted. */
export function maxErrorsFor(quoteLength: number): number {
  return Math.min(MAX_ERRORS_CAP, Math.floor(quoteLength * (1 - MIN_QUOTE_SIMILARITY)));
}

/** Best candidate of an approximate search of text[from, to), offsets relative to `text`. */
function searchSpan(
  text: string,
  quote: TextQuoteSelector,
  from: number,
  to: number,
  maxErrors: number,
  expected: number | undefined,
): Candidate | null {
  let best: Candidate | null = null;
  for (const m of search(text.slice(from, to), quote.exact, maxErrors)) {
    best = better(best, candidateAt(text, quote, from + m.start, from + m.end, m.errors, expected));
  }
  return best && snapToContext(text, quote, best, maxErrors, expected);
}

/**
 * The best approximate occurrence (at most 25 % edited) of `quote.exact` within a window around
 * `expected`, or null when nothing there comes that close.
 */
export function findFuzzyNear(text: string, quote: TextQuoteSelector, expected: number): Candidate | null {
  const length = quote.exact.length;
  const maxErrors = maxErrorsFor(length);
  if (maxErrors === 0) return null;
  const pad = Math.max(1024, 2 * length);
  const from = Math.max(0, expected - pad);
  const to = Math.min(text.length, expected + length + pad);
  return searchSpan(text, quote, from, to, maxErrors, expected);
}

/** True when a window match is good enough that searching the rest of the text is pointless. */
export function isConfident(c: Candidate | null): boolean {
  return c !== null && c.trusted && c.score >= CONFIDENT_SCORE;
}

/**
 * The best approximate occurrence (at most 25 % edited) of `quote.exact` anywhere in the text,
 * or null. Searches chunk by chunk, so each region offers its own best match.
 */
export function findFuzzyAnywhere(text: string, quote: TextQuoteSelector, expected: number | undefined): Candidate | null {
  const length = quote.exact.length;
  const maxErrors = maxErrorsFor(length);
  if (maxErrors === 0) return null;
  const reach = length + maxErrors;
  // Chunks overlap by a whole match so none falls between two of them.
  const chunk = Math.max(4096, 4 * reach);
  let best: Candidate | null = null;
  for (let from = 0; from < text.length; from += chunk) {
    const to = Math.min(text.length, from + chunk + reach);
    best = better(best, searchSpan(text, quote, from, to, maxErrors, expected));
    if (to === text.length) break;
  }
  return best;
}
