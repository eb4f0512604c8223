// What is written around a bare number and changes its meaning: a currency or sign before it, a
// magnitude, unit, percent sign or clock marker after it. Reads affixes only; never decides labels.

import {
  CLOCK_WORDS,
  CURRENCY_CODES,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  MAGNITUDE_ABBREVIATIONS,
  MULTIPLIERS,
  UNIT_ABBREVIATIONS,
  UNIT_PHRASES,
  UNIT_WORDS,
} from './lexicon';
import { IN } from './lexiconBits';
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

/** Last characters of the currency symbols (as UTF-16 codes): a cheap test before trying them. */
const SYMBOL_ENDS: ReadonlySet<number> = new Set(CURRENCY_SYMBOLS.map(([symbol]) => symbol.charCodeAt(symbol.length - 1)));
const ASCII_SYMBOL_ENDS = new Uint8Array(128);
for (const c of SYMBOL_ENDS) if (c < 128) ASCII_SYMBOL_ENDS[c] = 1;

/** True when `c` ends a currency symbol; most characters before a number are ASCII and need no set lookup. */
const isSymbolEnd = (c: number): boolean => (c < 128 ? ASCII_SYMBOL_ENDS[c] === 1 : SYMBOL_ENDS.has(c));

/** One Prefix reused by every call: read it before the next readPrefix call (saves an allocation per number). */
const prefixScratch: Prefix = { start: 0, currency: undefined, sign: 0 };

/**
 * Reads a currency and sign written right before `pos` ("$", "US$ ", "€", "+", "−", "USD "); the
 * answer is overwritten by the next call.
 */
export function readPrefix(text: string, pos: number): Prefix {
  let start = pos;
  let currency: string | undefined;
  let p = pos;
  if (text[p - 1] === ' ' || text[p - 1] === '\u00a0') p--;
  const last = text[p - 1];
  if (last !== undefined && isSymbolEnd(text.charCodeAt(p - 1))) {
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
  } else {
    // "minus 12 degrees", "plus 3"
    const w = prevWord(text, start);
    if (w && (w.lower === 'minus' || w.lower === 'plus')) {
      sign = w.lower === 'plus' ? 1 : -1;
      start = w.start;
    }
  }
  prefixScratch.start = start;
  prefixScratch.currency = currency;
  prefixScratch.sign = sign;
  return prefixScratch;
}

function isWordChar(c: number): boolean {
  return isLetterCode(c) || (c >= 48 && c <= 57);
}

const ORDINAL_SUFFIX = new Set(['st', 'nd', 'rd', 'th']);

const PHRASES_BY_FIRST_WORD = new Map<string, string[]>();
for (const phrase of UNIT_PHRASES) {
  const first = /^[^ /]+/.exec(phrase)![0];
  PHRASES_BY_FIRST_WORD.set(first, [...(PHRASES_BY_FIRST_WORD.get(first) ?? []), phrase]);
}

/** One Suffix reused by every call: read it before the next readSuffix call (saves an allocation per number). */
const scratch: Suffix = {
  end: 0,
  magnitude: 1,
  percent: false,
  currency: undefined,
  unit: undefined,
  timeUnit: undefined,
  plus: false,
  reject: false,
};

/** "a.m", "p.m." at `at`, followed by the end of the text or a period (what /^[ap]\.m\.?$/i says of the next four characters). */
function isMeridiem(text: string, at: number): boolean {
  const c = text.charCodeAt(at) | 32;
  if ((c !== 97 && c !== 112) || text.charCodeAt(at + 1) !== 46 || (text.charCodeAt(at + 2) | 32) !== 109) return false;
  return at + 3 === text.length || text.charCodeAt(at + 3) === 46;
}

function rejected(out: Suffix): Suffix {
  out.reject = true;
  return out;
}

function ending(out: Suffix, end: number, field?: 'percent' | 'plus'): Suffix {
  out.end = end;
  if (field) out[field] = true;
  return out;
}

function blank(): Suffix {
  scratch.end = 0;
  scratch.magnitude = 1;
  scratch.percent = false;
  scratch.currency = undefined;
  scratch.unit = undefined;
  scratch.timeUnit = undefined;
  scratch.plus = false;
  scratch.reject = false;
  return scratch;
}

/**
 * Reads what follows a number ending at `pos`; the answer is overwritten by the next call. `money`
 * says a currency was already seen (then a glued "m" is a million, not metres).
 */
export function readSuffix(text: string, pos: number, money: boolean): Suffix {
  const out = blank();
  out.end = pos;
  const c = text[pos];
  if (c === ':' && /\d/.test(text[pos + 1] ?? '')) return rejected(out);
  if (c !== undefined && isLetterCode(text.charCodeAt(pos))) return glued(text, pos, money, out);
  if (c === '%') return ending(out, pos + 1, 'percent');
  if (c === '°') {
    out.unit = /^°[CF]?/.exec(text.slice(pos, pos + 2))![0];
    return ending(out, pos + out.unit.length);
  }
  if (c === '+' && !/[\d$€£]/.test(text[pos + 1] ?? '')) return ending(out, pos + 1, 'plus');
  if (c === '-' && isLetterCode(text.charCodeAt(pos + 1))) return compound(text, pos, out);
  return tail(text, out);
}

/** Letters glued to the number: "3.5bn", "10m", "5km", "30C"; "3pm", "1990s", "3rd", "5G" are not quantities. */
function glued(text: string, pos: number, money: boolean, out: Suffix): Suffix {
  let j = pos;
  while (j < text.length && (isLetterCode(text.charCodeAt(j)) || text[j] === '/' || text[j] === '²')) j++;
  const letters = text.slice(pos, j);
  const lower = letters.toLowerCase();
  if (/^[ap]\.?m\b/i.test(text.slice(pos, pos + 4))) return rejected(out);
  if (ORDINAL_SUFFIX.has(lower) || lower === 's' || lower === 'x') return rejected(out);
  const single = letters === 'm' || letters === 'M' || letters === 'b' || letters === 'B';
  const magnitude = MAGNITUDE_ABBREVIATIONS.get(letters) ?? (single ? magnitudeOfLetter(text, j, money, letters) : undefined);
  if (magnitude !== undefined) {
    out.magnitude = magnitude;
    out.end = j;
    return tail(text, out);
  }
  if (!UNIT_ABBREVIATIONS.has(letters)) return rejected(out);
  out.unit = letters;
  return ending(out, j);
}

function magnitudeOfLetter(text: string, after: number, money: boolean, letter: string): number | undefined {
  const big = letter === 'b' || letter === 'B' ? 1e9 : 1e6;
  if (money || letter === 'M' || letter === 'B') return big;
  // "10m people" is ten million; "a 10m fall" is ten metres.
  const w = nextWord(text, after);
  return w && isPluralNoun(w) && !UNIT_WORDS.has(w.lower) ? big : undefined;
}

/** A hyphenated compound after the number: "7.1-magnitude", "5-km" measure; "10-year-old", "3-bedroom" are not quantities. */
function compound(text: string, pos: number, out: Suffix): Suffix {
  const w = nextWord(text, pos + 1);
  if (!w) return rejected(out);
  const head = w.lower.split('-')[0]!;
  if (!UNIT_WORDS.has(head) && !UNIT_ABBREVIATIONS.has(head)) return rejected(out);
  out.unit = head;
  return ending(out, w.start + head.length);
}

/** Spaced words after the number (or after a glued magnitude): magnitude, clock, percent, currency, unit. */
function tail(text: string, out: Suffix): Suffix {
  let w = nextWord(text, out.end);
  // A word in none of the tables below (most words) needs no lookup in them.
  let known = w !== null && (w.lists & IN.suffix) !== 0;
  if (w && known && out.magnitude === 1) {
    const mult = MULTIPLIERS.get(w.lower);
    const abbr = w.text.length > 1 ? MAGNITUDE_ABBREVIATIONS.get(w.text) : undefined;
    const magnitude = mult !== undefined && mult >= 1e3 ? mult : abbr;
    if (magnitude !== undefined) {
      out.magnitude = magnitude;
      out.end = w.end;
      w = nextWord(text, out.end);
      known = w !== null && (w.lists & IN.suffix) !== 0;
    }
  }
  if (!w) return text[out.end] === '%' ? ending(out, out.end + 1, 'percent') : out;
  if (((known && CLOCK_WORDS.has(w.lower)) || isMeridiem(text, w.start)) && out.magnitude === 1) return rejected(out);
  // Whatever follows reads one of the tables.
  if (!known) return out;
  if (w.lower === 'percent' || w.lower === 'pct') return ending(out, w.end, 'percent');
  if (w.lower === 'per' || w.lower === 'percentage') {
    const m = /^(?:per ?cent|percentage points?)\b/i.exec(text.slice(w.start, w.start + 20));
    if (m) {
      if (w.lower === 'percentage') out.unit = 'percentage points';
      return ending(out, w.start + m[0].length, 'percent');
    }
  }
  const currency = CURRENCY_WORDS.get(w.lower) ?? (CURRENCY_CODES.has(w.text) ? w.text : undefined);
  if (currency) {
    out.currency = currency;
    return ending(out, w.end);
  }
  const phrases = PHRASES_BY_FIRST_WORD.get(w.lower);
  if (phrases) {
    const rest = text.slice(w.start, w.start + 40).toLowerCase();
    const phrase = phrases.find((x) => rest.startsWith(x) && !isLetterCode(rest.charCodeAt(x.length)));
    if (phrase) {
      out.unit = text.slice(w.start, w.start + phrase.length);
      return ending(out, w.start + phrase.length);
    }
  }
  if (UNIT_WORDS.has(w.lower) || (UNIT_ABBREVIATIONS.has(w.text) && w.text.length > 1)) {
    out.unit = w.text;
    return ending(out, w.end);
  }
  if (w.lists & IN.timeUnit) {
    out.timeUnit = w.lower;
    out.unit = w.text;
    return ending(out, w.end);
  }
  return out;
}
