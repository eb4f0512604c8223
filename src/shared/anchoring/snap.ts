// Moves the edges of an approximate match onto its stored context when that still stands verbatim
// close by. It must not move an edge further than the match's own error count.

import type { TextQuoteSelector } from '../types';
import { candidateAt, type Candidate } from './candidate';
import { CONTEXT_LENGTH } from './describe';
import { editDistance } from './similarity';

/** Longest quote whose error count is recomputed exactly after snapping. */
const MAX_EXACT_RECOUNT = 2000;

/** Offset nearest `at` within ±slack where `needle` ends (side 'before') or starts ('after'). */
function nearestEdge(text: string, needle: string, at: number, slack: number, side: 'before' | 'after'): number | null {
  if (needle.length === 0) return null;
  // A short context means the quote touched the start or end of the text: it still must.
  const short = needle.length < CONTEXT_LENGTH;
  let best: number | null = null;
  for (let edge = Math.max(0, at - slack); edge <= Math.min(text.length, at + slack); edge++) {
    const ok = side === 'before'
      ? edge >= needle.length && text.startsWith(needle, edge - needle.length) && (!short || edge === needle.length)
      : text.startsWith(needle, edge) && (!short || edge + needle.length === text.length);
    if (ok && (best === null || Math.abs(edge - at) < Math.abs(best - at))) best = edge;
  }
  return best;
}

/**
 * The candidate with its start moved to just after a verbatim prefix and its end to just before a
 * verbatim suffix, each within `slack` characters (the match's error budget). The place was
 * already judged; only its edges move, so the candidate keeps its `trusted` verdict.
 */
export function snapToContext(
  text: string,
  quote: TextQuoteSelector,
  c: Candidate,
  slack: number,
  expected: number | undefined,
): Candidate {
  const start = nearestEdge(text, quote.prefix, c.start, slack, 'before') ?? c.start;
  const end = nearestEdge(text, quote.suffix, c.end, slack, 'after') ?? c.end;
  if ((start === c.start && end === c.end) || start >= end || quote.exact.length > MAX_EXACT_RECOUNT) return c;
  const snapped = candidateAt(text, quote, start, end, editDistance(quote.exact, text.slice(start, end)), expected);
  return { ...snapped, trusted: c.trusted };
}
