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
import { isPluralNoun } from './nouns';
import { nextWord, prevWord, isLetterCode } from './words';

/** What precedes a number: a currency and/or a sign. */
export interface Prefix {
  start: number;
  currency: string | undefined;
  sign: 1 | -1 | 0;
}

/** What follows a number. `reject` marks a number that is not a quantity (clock time, ordinal, code). */
export interface Suffix {
  end: number;
  magnitude: number;
  percent: boolean;
  currency: string | undefined;
  unit: string | undefined;
  /** A unit of time ("years"): the number is a duration. */
  timeUnit: string | undefined;
  /** "100+" */
  plus: boolean;
  reject: boolean;
}

/** Last characters of the currency symbols: a cheap test before trying them. */
const SYMBOL_ENDS = new Set(CURRENCY_SYMBOLS.map(([symbol]) => symbol[symbol.length - 1]!));

/** Reads a currency and sign written right before `pos` ("$", "US$ ", "€", "+", "−", "USD "). */
export function readPrefix(text: string, pos: number): Prefix {
  let start = pos;
  let currency: string | undefined;
  let p = pos;
  if (text[p - 1] === ' ' || text[p - 1] === '\u00a0') p--;
  const last = text[p - 1];
  if (last !== undefined && SYMBOL_ENDS.has(last)) {
    for (const [symbol, code] of CURRENCY_SYMBOLS) {
      if (p - symbol.length < 0 || !text.startsWith(symbol, p - symbol.length)) continue;
      // A one-character symbol must not end a word ("A$" is a currency of its own).
      if (symbol.length === 1 && isLetterCode(text.charCodeAt(p - 2))) continue;
      currency = code;
      start = p - symbol.length;
      break;
    }
  } else if (p !== pos && last !== undefined && (last === 's' || (last >= 'A' && last <= 'Z'))) {
    const w = prevWord(text, pos);
    if (w && (CURRENCY_CODES.has(w.text) || w.text === 'Rs')) {
      currency = w.text === 'Rs' ? 'INR' : w.text;
      start = w.start;
    }
  } else if (last === '.' && text.startsWith('Rs', p - 3)) {
    currency = 'INR';
    start = p - 3;
  }
  let sign: 1 | -1 | 0 = 0;
  const s = text[start - 1];
  if ((s === '+' || s === '-' || s === '−') && !isWordChar(text.charCodeAt(start - 2))) {
    sign = s === '+' ? 1 : -1;
    start--;
  }
  return { start, currency, sign };
}

function isWordChar(c: number): boolean {
  return isLetterCode(c) || (c >= 48 && c <= 57);
}

const CLOCK_WORDS = new Set(['am', 'pm', 'a.m', 'p.m', "o'clock", 'o’clock', 'gmt', 'utc', 'bst', 'cet', 'cest', 'est', 'edt', 'pst', 'pdt', 'et', 'pt', 'hrs', 'h']);
const ORDINAL_SUFFIX = new Set(['st', 'nd', 'rd', 'th']);

const PHRASES_BY_FIRST_WORD = new Map<string, string[]>();
for (const phrase of UNIT_PHRASES) {
  const first = phrase.split(' ')[0]!;
  PHRASES_BY_FIRST_WORD.set(first, [...(PHRASES_BY_FIRST_WORD.get(first) ?? []), phrase]);
}

function blank(): Suffix {
  return { end: 0, magnitude: 1, percent: false, currency: undefined, unit: undefined, timeUnit: undefined, plus: false, reject: false };
}

/**
 * Reads what follows a number ending at `pos`. `money` says a currency was already seen (then a
 * glued "m" is a million, not metres). `single` means the number is the integer 1 (no "s" plurals needed).
 */
export function readSuffix(text: string, pos: number, money: boolean): Suffix {
  const out = blank();
  out.end = pos;
  const c = text[pos];
  if (c === ':' && /\d/.test(text[pos + 1] ?? '')) return Object.assign(out, { reject: true });
  if (c !== undefined && isLetterCode(text.charCodeAt(pos))) {
    let j = pos;
    while (j < text.length && (isLetterCode(text.charCodeAt(j)) || text[j] === '/' || text[j] === '²')) j++;
    const glued = text.slice(pos, j);
    const lower = glued.toLowerCase();
    if (/^(a|p)\.?m\b/i.test(text.slice(pos, pos + 4))) return Object.assign(out, { reject: true });
    if (ORDINAL_SUFFIX.has(lower) || lower === 's' || lower === 'x') return Object.assign(out, { reject: true });
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
    return Object.assign(out, { reject: true });
  }
  if (c === '%') return Object.assign(out, { percent: true, end: pos + 1 });
  if (c === '°') {
    const unit = /^°[CF]?/.exec(text.slice(pos, pos + 2))![0];
    return Object.assign(out, { unit, end: pos + unit.length });
  }
  if (c === '+' && !/[\d$€£]/.test(text[pos + 1] ?? '')) return Object.assign(out, { plus: true, end: pos + 1 });
  if (c === '-' && isLetterCode(text.charCodeAt(pos + 1))) return compound(text, pos, out);
  return tail(text, out);
}

function magnitudeOfLetter(text: string, after: number, money: boolean, letter: string): number | undefined {
  const big = letter === 'b' || letter === 'B' ? 1e9 : 1e6;
  if (money) return big;
  // "10m people" is ten million; "a 10m fall" is ten metres.
  const w = nextWord(text, after);
  if (letter === 'M' || letter === 'B') return big;
  return w && isPluralNoun(w.lower) && !UNIT_WORDS.has(w.lower) ? big : undefined;
}

/** A hyphenated compound after the number: "7.1-magnitude", "5-km", "10-year-old", "3-bedroom". */
function compound(text: string, pos: number, out: Suffix): Suffix {
  const w = nextWord(text, pos + 1);
  if (!w) return Object.assign(out, { reject: true });
  const head = w.lower.split('-')[0]!;
  if (UNIT_WORDS.has(head) || UNIT_ABBREVIATIONS.has(head)) return Object.assign(out, { unit: head, end: w.start + head.length });
  if (TIME_UNITS.has(head)) return Object.assign(out, { timeUnit: head, reject: true });
  return Object.assign(out, { reject: true });
}

/** Spaced words after the number (or after a glued magnitude): magnitude, currency, percent, unit, clock. */
function tail(text: string, out: Suffix): Suffix {
  let w = nextWord(text, out.end);
  if (!w) {
    if (text[out.end] === '%') return Object.assign(out, { percent: true, end: out.end + 1 });
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
        if (text[out.end] === '%') return Object.assign(out, { percent: true, end: out.end + 1 });
        return out;
      }
    }
  }
  if (CLOCK_WORDS.has(w.lower) || /^[ap]\.m\.?$/i.test(text.slice(w.start, w.start + 4))) {
    if (out.magnitude === 1) return Object.assign(out, { reject: true });
  }
  if (w.lower === 'percent' || w.lower === 'pct') return Object.assign(out, { percent: true, end: w.end });
  if (w.lower === 'per' || w.lower === 'percentage') {
    const m = /^(?:per ?cent|percentage points?)\b/i.exec(text.slice(w.start, w.start + 20));
    if (m) {
      const unit = m[0].length > 8 ? { unit: 'percentage points' } : {};
      return Object.assign(out, { ...unit, percent: true, end: w.start + m[0].length });
    }
  }
  const currency = CURRENCY_WORDS.get(w.lower) ?? (CURRENCY_CODES.has(w.text) ? w.text : undefined);
  if (currency) return Object.assign(out, { currency, end: w.end });
  const phrases = PHRASES_BY_FIRST_WORD.get(w.lower);
  if (phrases) {
    const rest = text.slice(w.start, w.start + 40).toLowerCase();
    for (const phrase of phrases) {
      if (rest.startsWith(phrase) && !isLetterCode(rest.charCodeAt(phrase.length))) {
        return Object.assign(out, { unit: text.slice(w.start, w.start + phrase.length), end: w.start + phrase.length });
      }
    }
  }
  if (UNIT_WORDS.has(w.lower) || (UNIT_ABBREVIATIONS.has(w.text) && w.text.length > 1)) {
    return Object.assign(out, { unit: w.text, end: w.end });
  }
  if (TIME_UNITS.has(w.lower)) return Object.assign(out, { timeUnit: w.lower, unit: w.text, end: w.end });
  return out;
}
