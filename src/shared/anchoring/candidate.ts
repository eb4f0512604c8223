// The scored candidate every search strategy hands back, and how the best of several is picked.
// It must not search the text itself.

import type { TextQuoteSelector } from '../types';
import { combinedScore, isTrustworthy, measure, type Evidence } from './score';

/** A scored place where the quote might now be. */
export interface Candidate {
  start: number;
  end: number;
  evidence: Evidence;
  score: number;
  trusted: boolean;
}

/** Scores the span [start, end) found with `errors` edits against the selector. */
export function candidateAt(
  text: string,
  quote: TextQuoteSelector,
  start: number,
  end: number,
  errors: number,
  expected: number | undefined,
): Candidate {
  const evidence = measure(text, quote, start, end, errors, expected);
  return { start, end, evidence, score: combinedScore(evidence), trusted: isTrustworthy(evidence, quote.exact.length) };
}

/** The higher-scoring of two candidates; trusted beats untrusted; `a` wins ties. */
export function better(a: Candidate | null, b: Candidate | null): Candidate | null {
  if (a === null) return b;
  if (b === null) return a;
  if (a.trusted !== b.trusted) return a.trusted ? a : b;
  return b.score > a.score ? b : a;
}
