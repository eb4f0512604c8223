// Decides whether a quantity is stated approximately or as a bound ("over", "close to", "up to",
// "some", "or more", "100+"). Looks only at the words touching the quantity.

import { APPROX_PHRASES, APPROX_WORDS } from './lexicon';
import { nextWord, prevWord } from './words';

/** Approximation found around a quantity: `start` is where the phrase before it begins (or the quantity's start). */
export interface Approximation {
  approx: boolean;
  start: number;
  end: number;
}

const MAX_PHRASE_WORDS = 3;

/** Looks for an approximating phrase right before `start` and after `end`. */
export function findApprox(text: string, start: number, end: number): Approximation {
  let phraseStart = start;
  let approx = false;
  // Read up to three words back and try the longest phrase first.
  const back: { lower: string; start: number }[] = [];
  let p = start;
  if (text[p - 1] === '~') return { approx: true, start: p - 1, end: after(text, end) };
  for (let i = 0; i < MAX_PHRASE_WORDS; i++) {
    const w = prevWord(text, p);
    if (!w) break;
    back.unshift({ lower: w.lower, start: w.start });
    p = w.start;
  }
  for (let n = back.length; n >= 1; n--) {
    const words = back.slice(back.length - n);
    const phrase = words.map((w) => w.lower).join(' ');
    if (APPROX_PHRASES.includes(phrase) || (n === 1 && APPROX_WORDS.has(phrase))) {
      approx = true;
      phraseStart = words[0]!.start;
      break;
    }
  }
  const tailEnd = after(text, end);
  return { approx: approx || tailEnd !== end, start: phraseStart, end: tailEnd };
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
