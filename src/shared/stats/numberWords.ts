// Reads numbers written as words: "seven", "twenty-one", "two hundred and fifty", "a dozen",
// "three million". Words only; digits are numerals.ts's job, context is the caller's.

import { MULTIPLIERS, SMALL_NUMBERS } from './lexicon';

/** A number read from words. */
export interface WordNumber {
  value: number;
  start: number;
  end: number;
}

/** The run of ASCII letters at `pos`, lower-cased, and where it ends; null if there is none. */
function wordAt(text: string, pos: number): { word: string; end: number } | null {
  let end = pos;
  let upper = false;
  for (; end < text.length; end++) {
    const c = text.charCodeAt(end);
    if (c >= 65 && c <= 90) upper = true;
    else if (!(c >= 97 && c <= 122)) break;
  }
  if (end === pos) return null;
  const raw = text.slice(pos, end);
  return { word: upper ? raw.toLowerCase() : raw, end };
}

/** Position after the single space (or hyphen, when `hyphen`) at `pos`, or -1. */
function joiner(text: string, pos: number, hyphen: boolean): number {
  const c = text[pos];
  if (c === ' ' || (hyphen && c === '-')) return pos + 1;
  return -1;
}

/**
 * Reads a number in words starting at `start`. "a"/"an" counts only before a multiplier
 * ("a dozen", "a million"). Returns null when the words there are not a number.
 */
export function readNumberWords(text: string, start: number): WordNumber | null {
  let total = 0;
  let current = 0;
  let seen = false;
  let end = start;
  let pos = start;
  let lastWasSmall = false;
  for (;;) {
    const w = wordAt(text, pos);
    if (!w) break;
    const small = SMALL_NUMBERS.get(w.word);
    const mult = MULTIPLIERS.get(w.word);
    if (!seen && (w.word === 'a' || w.word === 'an')) {
      const next = joiner(text, w.end, false);
      const after = next > 0 ? wordAt(text, next) : null;
      if (!after || !MULTIPLIERS.has(after.word)) return null;
      current = 1;
      seen = true;
      end = w.end;
      pos = next;
      lastWasSmall = true;
      continue;
    }
    if (small !== undefined && !(lastWasSmall && (current % 10 !== 0 || small >= 10 || current === 0))) {
      current += small;
      lastWasSmall = true;
    } else if (mult !== undefined && seen) {
      if (mult === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * mult;
        current = 0;
      }
      lastWasSmall = false;
    } else if (w.word === 'and' && seen && !lastWasSmall) {
      // "two hundred and fifty": only when a number word follows.
      const next = joiner(text, w.end, false);
      const after = next > 0 ? wordAt(text, next) : null;
      if (!after || !SMALL_NUMBERS.has(after.word)) break;
      pos = next;
      continue;
    } else break;
    seen = true;
    end = w.end;
    // Tens join units with a hyphen ("twenty-one"); other words with a space.
    const next = joiner(text, w.end, small !== undefined && small >= 20 && small % 10 === 0);
    if (next < 0) break;
    pos = next;
  }
  if (!seen) return null;
  return { value: total + current, start, end };
}
