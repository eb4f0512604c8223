// Decides whether a quantity is stated approximately or as a bound ("over", "close to", "up to",
// "some", "or more", "100+"). Looks only at the words touching the quantity.

import { APPROX_PHRASES } from './lexicon';
import { IN } from './lexiconBits';
import { nextWord, prevWord } from './words';

/** Approximation found around a quantity: `start` is where the phrase before it begins (or the quantity's start). */
export interface Approximation {
  approx: boolean;
  start: number;
  end: number;
}

/** Looks for an approximating phrase right before `start` and after `end`. */
export function findApprox(text: string, start: number, end: number): Approximation {
  const tailEnd = after(text, end);
  const plain = tailEnd !== end;
  if (text[start - 1] === '~') return { approx: true, start: start - 1, end: tailEnd };
  const w1 = prevWord(text, start);
  // Only the last words of the approximating phrases are worth reading further back for.
  if (!w1 || !(w1.lists & IN.approxEnd)) return { approx: plain, start, end: tailEnd };
  // Try the longest phrase first: "no fewer than", then "more than", then "over".
  const w2 = prevWord(text, w1.start);
  const w3 = w2 ? prevWord(text, w2.start) : null;
  if (w2 && w3 && APPROX_PHRASES.includes(`${w3.lower} ${w2.lower} ${w1.lower}`)) return { approx: true, start: w3.start, end: tailEnd };
  if (w2 && APPROX_PHRASES.includes(`${w2.lower} ${w1.lower}`)) return { approx: true, start: w2.start, end: tailEnd };
  if (w1.lists & IN.approx || APPROX_PHRASES.includes(w1.lower)) return { approx: true, start: w1.start, end: tailEnd };
  return { approx: plain, start, end: tailEnd };
}

/** End of "or so" / "or more" / "-plus" right after a quantity, or `end` itself. */
function after(text: string, end: number): number {
  if (text.startsWith('-plus', end)) return end + 5;
  const w = nextWord(text, end);
  if (w?.lower === 'or') {
    const x = nextWord(text, w.end);
    if (x && (x.lower === 'so' || x.lower === 'more')) return x.end;
  }
  return end;
}
