// Re-finds a stored highlight in the current text, cheapest evidence first, each step held to a
// minimum of evidence. It must never guess: null means the highlight is an orphan.

import type { TextPositionSelector, TextQuoteSelector } from '../types';
import type { Candidate } from './candidate';
import { better, candidateAt } from './candidate';
import { findBracketed } from './bracket';
import { findExact } from './exact';
import { findFuzzyAnywhere, findFuzzyNear, isConfident } from './fuzzy';
import { contextMatchesExactly } from './score';

/** Where a highlight now sits in the text, how it was found, and how sure we are (0..1). */
export interface Anchor {
  start: number;
  end: number;
  method: 'position' | 'quote' | 'fuzzy';
  score: number;
}

/** The selectors a highlight stores. */
export interface AnchorSelectors {
  quote: TextQuoteSelector;
  position?: TextPositionSelector;
}

const toAnchor = (c: Candidate, method: Anchor['method']): Anchor => ({
  start: c.start,
  end: c.end,
  method,
  score: c.score,
});

const toFuzzyAnchor = (c: Candidate): Anchor => toAnchor(c, c.evidence.quote === 1 ? 'quote' : 'fuzzy');

/** True when the quote and its whole context sit verbatim at `start`. */
function intactAt(text: string, quote: TextQuoteSelector, start: number): boolean {
  const end = start + quote.exact.length;
  return start >= 0 && text.startsWith(quote.exact, start) && contextMatchesExactly(text, quote, start, end);
}

/**
 * Like `anchor`, but looks first at `expected` (where earlier highlights suggest this one moved to)
 * as well as at the stored position. `anchorAll` uses it to follow insertions cheaply.
 */
export function anchorNear(text: string, sel: AnchorSelectors, expected: number | undefined): Anchor | null {
  const { quote, position } = sel;
  if (quote.exact.length === 0) return null;
  if (position && text.slice(position.start, position.end) === quote.exact) {
    if (contextMatchesExactly(text, quote, position.start, position.end)) {
      return { start: position.start, end: position.end, method: 'position', score: 1 };
    }
  }
  if (expected !== undefined && expected !== position?.start && intactAt(text, quote, expected)) {
    return toAnchor(candidateAt(text, quote, expected, expected + quote.exact.length, 0, expected), 'quote');
  }
  const exact = findExact(text, quote, expected);
  if (exact?.trusted) return toAnchor(exact, 'quote');
  const bracketedNear = findBracketed(text, quote, expected, 'near');
  if (bracketedNear) return toAnchor(bracketedNear, 'fuzzy');
  const near = expected === undefined ? null : findFuzzyNear(text, quote, expected);
  if (isConfident(near)) return toFuzzyAnchor(near!);
  const bracketed = findBracketed(text, quote, expected, 'anywhere');
  if (bracketed) return toAnchor(bracketed, 'fuzzy');
  const best = better(near, findFuzzyAnywhere(text, quote, expected));
  return best?.trusted ? toFuzzyAnchor(best) : null;
}

/**
 * Finds where a highlight described by `sel` now sits in `text`, or null when it cannot be placed
 * with confidence (the caller shows it as orphaned). Cheap paths first: the stored position with
 * its context intact; the verbatim quote (repeats decided by context and distance); the passage
 * between its verbatim prefix and suffix when at least half of the quote survives there (near the
 * old place, later anywhere); an approximate match near the old place, then anywhere. Approximate
 * matches must keep 75 % of the quote and agree with its context.
 */
export function anchor(text: string, sel: AnchorSelectors): Anchor | null {
  return anchorNear(text, sel, sel.position?.start);
}
