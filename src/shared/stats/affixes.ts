// What is written around a bare number and changes its meaning: a currency or sign before it, a
// magnitude, unit, percent sign or clock marker after it. Reads affixes only; never decides labels.

import {
  CURRENCY_CODES,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  MAGNITUDE_ABBREVIATIONS,
  MULTIPLIERS,
  TIME_UNITS,
  UNIT_ABBREVIATIONS,
  UNIT_PHRASES,
  UNIT_WORDS,
} from './lexicon';
import { nextWord, prevWord, isLetterCode } from './words';

/** What precedes a number: a currency and/or a sign. */
export interface Prefix {
  start: number;
  currency?: string;
  sign: 1 | -1 | 0;
}

/** What follows a number. `reject` marks a number that is not a quantity (clock time, ordinal, code). */
export interface Suffix {
  end: number;
  magnitude: number;
  percent: boolean;
  currency?: string;
  unit?: string;
  /** A unit of time ("years"): the number is a duration. */
  timeUnit?: string;
  /** "100+" */
  plus: boolean;
  reject: boolean;
}

/** Reads a currency and sign written right before `pos` ("$", "US$ ", "€", "+", "−", "USD "). */
export function readPrefix(text: string, pos: number): Prefix {
  let start = pos;
  let currency: string | undefined;
  let p = pos;
  if (text[p - 1] === ' ' || text[p - 1] === '\u00a0') p--;
  for (const [symbol, code] of CURRENCY_SYMBOLS) {
    if (text.startsWith(symbol, p - symbol.length)) {
      const spaced = p !== pos;
      // A spaced symbol counts only for the letter-free ones ("€ 5"), not "A$ 5" read as a word.
      const before = text.charCodeAt(p - symbol.length - 1);
      if (spaced && isLetterCode(symbol.charCodeAt(0))) continue;
      if (symbol.length === 1 && isLetterCode(before)) continue;
      currency = code;
      start = p - symbol.length;
      break;
    }
  }
  if (!currency) {
    const w = prevWord(text, pos);
    if (w && w.end < pos && (CURRENCY_CODES.has(w.text) || w.text === 'Rs')) {
      currency = w.text === 'Rs' ? 'INR' : w.text;
      start = w.start;
    } else if (text.startsWith('Rs. ', pos - 4) || text.startsWith('Rs.', pos - 3)) {
      currency = 'INR';
      start = text.startsWith('Rs. ', pos - 4) ? pos - 4 : pos - 3;
    }
  }
  let sign: 1 | -1 | 0 = 0;
  const s = text[start - 1];
  if ((s === '+' || s === '-' || s === '−') && !isWordChar(text.charCodeAt(start - 2))) {
    sign = s === '+' ? 1 : -1;
    start--;
  }
  return currency ? { start, currency, sign } : { start, sign };
}

function isWordChar(c: number): boolean {
  return isLetterCode(c) || (c >= 48 && c <= 57);
}

const CLOCK_WORDS = new Set(['am', 'pm', 'a.m', 'p.m', "o'clock", 'o’clock', 'gmt', 'utc', 'bst', 'cet', 'cest', 'est', 'edt', 'pst', 'pdt', 'et', 'pt', 'hrs', 'h']);
const ORDINAL_SUFFIX = new Set(['st', 'nd', 'rd', 'th']);

function blank(): Suffix {
  return { end: 0, magnitude: 1, percent: false, plus: false, reject: false };
}

/**
 * Reads what follows a number ending at `pos`. `money` says a currency was already seen (then a
 * glued "m" is a million, not metres). `single` means the number is the integer 1 (no "s" plurals needed).
 */
export function readSuffix(text: string, pos: number, money: boolean): Suffix {
  const out = blank();
  out.end = pos;
  const c = text[pos];
  if (c === ':' && /\d/.test(text[pos + 1] ?? '')) return { ...out, reject: true };
  if (c !== undefined && isLetterCode(text.charCodeAt(pos))) {
    let j = pos;
    while (j < text.length && (isLetterCode(text.charCodeAt(j)) || text[j] === '/' || text[j] === '²')) j++;
    const glued = text.slice(pos, j);
    const lower = glued.toLowerCase();
    if (/^(a|p)\.?m\b/i.test(text.slice(pos, pos + 4))) return { ...out, reject: true };
    if (ORDINAL_SUFFIX.has(lower) || lower === 's' || lower === 'x') return { ...out, reject: true };
    const mag = MAGNITUDE_ABBREVIATIONS.get(glued) ?? (glued === 'm' || glued === 'M' || glued === 'b' || glued === 'B' ? magnitudeOfLetter(text, j, money, glued) : undefined);
    if (mag !== undefined) {
      out.magnitude = mag;
      out.end = j;
      return tail(text, out);
    }
    if (UNIT_ABBREVIATIONS.has(glued)) {
      out.unit = glued;
      out.end = j;
      return out;
    }
    return { ...out, reject: true };
  }
  if (c === '%') return { ...out, percent: true, end: pos + 1 };
  if (c === '°') {
    const unit = /^°[CF]?/.exec(text.slice(pos, pos + 2))![0];
    return { ...out, unit, end: pos + unit.length };
  }
  if (c === '+' && !/[\d$€£]/.test(text[pos + 1] ?? '')) return { ...out, plus: true, end: pos + 1 };
  if (c === '-' && isLetterCode(text.charCodeAt(pos + 1))) return compound(text, pos, out);
  return tail(text, out);
}

function magnitudeOfLetter(text: string, after: number, money: boolean, letter: string): number | undefined {
  const big = letter === 'b' || letter === 'B' ? 1e9 : 1e6;
  if (money) return big;
  // "10m people" is ten million; "a 10m fall" is ten metres.
  const w = nextWord(text, after);
  if (letter === 'M' || letter === 'B') return big;
  return w && /s$/.test(w.lower) && !UNIT_WORDS.has(w.lower) ? big : undefined;
}

/** A hyphenated compound after the number: "7.1-magnitude", "5-km", "10-year-old", "3-bedroom". */
function compound(text: string, pos: number, out: Suffix): Suffix {
  const w = nextWord(text, pos + 1);
  if (!w) return { ...out, reject: true };
  const head = w.lower.split('-')[0]!;
  if (UNIT_WORDS.has(head) || UNIT_ABBREVIATIONS.has(head)) return { ...out, unit: head, end: w.start + head.length };
  if (TIME_UNITS.has(head)) return { ...out, timeUnit: head, reject: true };
  return { ...out, reject: true };
}

/** Spaced words after the number (or after a glued magnitude): magnitude, currency, percent, unit, clock. */
function tail(text: string, out: Suffix): Suffix {
  let w = nextWord(text, out.end);
  if (!w) {
    if (text[out.end] === '%') return { ...out, percent: true, end: out.end + 1 };
    return out;
  }
  if (out.magnitude === 1) {
    const mult = MULTIPLIERS.get(w.lower);
    const abbr = MAGNITUDE_ABBREVIATIONS.get(w.text);
    if ((mult !== undefined && mult >= 1e3) || (abbr !== undefined && w.text.length > 1)) {
      out.magnitude = (mult ?? abbr)!;
      out.end = w.end;
      w = nextWord(text, out.end);
      if (!w) {
        if (text[out.end] === '%') return { ...out, percent: true, end: out.end + 1 };
        return out;
      }
    }
  }
  if (CLOCK_WORDS.has(w.lower) || /^[ap]\.m\.?$/i.test(text.slice(w.start, w.start + 4))) {
    if (out.magnitude === 1) return { ...out, reject: true };
  }
  const rest = text.slice(w.start, w.start + 40).toLowerCase();
  if (/^per ?cent\b/.test(rest) || w.lower === 'pct') {
    const m = /^per ?cent|^pct/.exec(rest)!;
    return { ...out, percent: true, end: w.start + m[0].length };
  }
  if (/^percentage points?\b/.test(rest)) {
    const m = /^percentage points?/.exec(rest)!;
    return { ...out, percent: true, unit: 'percentage points', end: w.start + m[0].length };
  }
  const currency = CURRENCY_WORDS.get(w.lower) ?? (CURRENCY_CODES.has(w.text) ? w.text : undefined);
  if (currency) return { ...out, currency, end: w.end };
  for (const phrase of UNIT_PHRASES) {
    if (rest.startsWith(phrase) && !isLetterCode(rest.charCodeAt(phrase.length))) {
      return { ...out, unit: text.slice(w.start, w.start + phrase.length), end: w.start + phrase.length };
    }
  }
  if (UNIT_WORDS.has(w.lower) || (UNIT_ABBREVIATIONS.has(w.text) && w.text.length > 1)) {
    return { ...out, unit: w.text, end: w.end };
  }
  if (TIME_UNITS.has(w.lower)) return { ...out, timeUnit: w.lower, unit: w.text, end: w.end };
  return out;
}
