// Scores a candidate place for a quote (quote, prefix, suffix and position agreement) and decides
// whether it is trustworthy enough to place a highlight there. It must not search the text.

import type { TextQuoteSelector } from '../types';
import { similarity } from './similarity';

/** How well a candidate span agrees with the stored selectors; each part is in [0, 1]. */
export interface Evidence {
  /** 1 − edit errors / quote length (1 for an exact occurrence). */
  quote: number;
  /** Agreement of the stored prefix with the text before the candidate; null when none was stored. */
  prefix: number | null;
  /** Agreement of the stored suffix with the text after the candidate; null when none was stored. */
  suffix: number | null;
  /** Closeness to where the quote was expected; null when there is no expectation. */
  position: number | null;
}

/** Hypothesis's weights: the quote dominates, context decides between lookalikes, position breaks ties. */
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };

/** A fuzzy match must keep at least this share of the quote. Also bounds the fuzzy search. */
export const MIN_QUOTE_SIMILARITY = 0.75;
/** Best context side needed to trust a short exact occurrence. */
const MIN_CONTEXT_EXACT = 0.5;
/** Best context side needed to trust a fuzzy match. */
const MIN_CONTEXT_FUZZY = 0.6;
/** An exact quote at least this long is evidence enough on its own. */
const SELF_EVIDENT_EXACT_LENGTH = 32;
/** A fuzzy match this similar and this long is the same passage even when its context changed. */
const SELF_EVIDENT_FUZZY = { similarity: 0.9, length: 200 };

/** Measures a candidate span [start, end) of `text` against the selector. */
export function measure(
  text: string,
  quote: TextQuoteSelector,
  start: number,
  end: number,
  errors: number,
  expected: number | undefined,
): Evidence {
  const prefix = quote.prefix.length === 0
    ? null
    : similarity(quote.prefix, text.slice(Math.max(0, start - quote.prefix.length), start));
  const suffix = quote.suffix.length === 0
    ? null
    : similarity(quote.suffix, text.slice(end, end + quote.suffix.length));
  const position = expected === undefined
    ? null
    : 1 - Math.min(1, Math.abs(start - expected) / Math.max(1, text.length));
  return { quote: Math.max(0, 1 - errors / quote.exact.length), prefix, suffix, position };
}

/** Weighted mean of the evidence that exists, in [0, 1]. */
export function combinedScore(e: Evidence): number {
  let sum = WEIGHTS.quote * e.quote;
  let weight = WEIGHTS.quote;
  for (const key of ['prefix', 'suffix', 'position'] as const) {
    const v = e[key];
    if (v !== null) {
      sum += WEIGHTS[key] * v;
      weight += WEIGHTS[key];
    }
  }
  return sum / weight;
}

/** The better-agreeing context side, or null when the selector stored no context at all. */
function bestContext(e: Evidence): number | null {
  if (e.prefix === null) return e.suffix;
  if (e.suffix === null) return e.prefix;
  return Math.max(e.prefix, e.suffix);
}

/**
 * The minimum-evidence rule that keeps lookalikes out. An exact occurrence is trusted when the
 * quote is long or one side of its context agrees; a fuzzy match needs most of the quote *and*
 * agreeing context, unless it is a long, nearly intact passage.
 */
export function isTrustworthy(e: Evidence, quoteLength: number): boolean {
  const context = bestContext(e);
  if (e.quote === 1) {
    return quoteLength >= SELF_EVIDENT_EXACT_LENGTH || context === null || context >= MIN_CONTEXT_EXACT;
  }
  if (e.quote < MIN_QUOTE_SIMILARITY) return false;
  if (e.quote >= SELF_EVIDENT_FUZZY.similarity && quoteLength >= SELF_EVIDENT_FUZZY.length) return true;
  if (context === null) return e.quote >= SELF_EVIDENT_FUZZY.similarity;
  return context >= MIN_CONTEXT_FUZZY;
}

/** True when the stored context sits verbatim on both sides of [start, end). */
export function contextMatchesExactly(text: string, quote: TextQuoteSelector, start: number, end: number): boolean {
  const prefixStart = start - quote.prefix.length;
  return prefixStart >= 0 && text.startsWith(quote.prefix, prefixStart) && text.startsWith(quote.suffix, end);
}
