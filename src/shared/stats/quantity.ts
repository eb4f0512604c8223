// Reads one quantity at a position: sign and currency, the number (digits or words), magnitude and
// unit, and a second number that makes it a range or a score. Shape only: no labels, no context rules.

import type { StatisticKind } from '../types';
import { readPrefix, readSuffix, type Suffix } from './affixes';
import { readNumeral, type Numeral } from './numerals';
import { readNumberWords } from './numberWords';
import { isLetterCode, nextWord, prevWord, skipBlanks } from './words';

/** A quantity as written, before context decides whether it is a statistic. */
export interface Quantity {
  /** Span of the quantity (sign, currency, number, magnitude, unit, second number of a range). */
  start: number;
  end: number;
  /** Where the (first) number itself starts and ends. */
  numberStart: number;
  numberEnd: number;
  value: number;
  valueTo: number | undefined;
  /** The number as written, before magnitude and sign. */
  raw: number;
  magnitude: number;
  kind: StatisticKind;
  /** For ranges: what kind of value both ends are (money, percent…). */
  rangeOf: StatisticKind | undefined;
  unit: string | undefined;
  timeUnit: string | undefined;
  numeral: Numeral | null;
  /** The number is written in words. */
  words: boolean;
  /** A bare number: no currency, magnitude, unit or percent. */
  bare: boolean;
  /** "100+" */
  plus: boolean;
}

/** Says, when asked, whether the sentence being read is about sport (then "3-1" is a score). */
export interface SportContext {
  isSport(): boolean;
}

/** Why a position holds no quantity; `skipTo` is where scanning should resume. */
export interface Rejection {
  rejected: true;
  skipTo: number;
}

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
/** . , : / ' ’ - : what may join digits into one token ("1.2.3", "10:30", "24/02"). */
const isTokenJoiner = (c: number): boolean => c === 46 || c === 44 || c === 58 || c === 47 || c === 39 || c === 0x2019 || c === 45;

/** The end of the digit/letter token at `pos` ("COVID-19", "1.2.3", "10:30"): where scanning resumes. */
function skipToken(text: string, pos: number): number {
  let i = pos;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isDigitCode(c) || isLetterCode(c)) continue;
    if (!(isTokenJoiner(c) && isDigitCode(text.charCodeAt(i + 1)))) break;
  }
  return Math.max(i, pos + 1);
}

/** True when the digit at `pos` is glued to a word or code before it ("F-16", "COVID-19", "A320", "v1.2"). */
function gluedBefore(text: string, pos: number): boolean {
  const b = text.charCodeAt(pos - 1);
  if (isLetterCode(b) || isDigitCode(b)) return true;
  const ch = text[pos - 1];
  if (ch === '-' || ch === '‑' || ch === '.' || ch === '/' || ch === '_' || ch === ':' || ch === '#' || ch === '@' || ch === '=') {
    const bb = text.charCodeAt(pos - 2);
    return isLetterCode(bb) || isDigitCode(bb) || ch === '#' || ch === '_' || ch === '@' || ch === '=' || ch === '/';
  }
  return false;
}

/**
 * A copy of `q` to change: every quantity is built with the same fields in the same order (one
 * object shape), which keeps the property reads of the rules that follow fast.
 */
function copy(q: Quantity): Quantity {
  return {
    start: q.start,
    end: q.end,
    numberStart: q.numberStart,
    numberEnd: q.numberEnd,
    value: q.value,
    raw: q.raw,
    magnitude: q.magnitude,
    kind: q.kind,
    numeral: q.numeral,
    words: q.words,
    bare: q.bare,
    plus: q.plus,
    valueTo: q.valueTo,
    rangeOf: q.rangeOf,
    unit: q.unit,
    timeUnit: q.timeUnit,
  };
}

/** Reads the quantity whose number starts at `pos` (a digit or the first number word). */
export function readQuantity(text: string, pos: number, sport: SportContext): Quantity | Rejection {
  const first = readSingle(text, pos);
  if ('rejected' in first) return first;
  return readSecond(text, first, sport);
}

function readSingle(text: string, pos: number, joined = false): Quantity | Rejection {
  const isDigit = isDigitCode(text.charCodeAt(pos));
  let numeral: Numeral | null = null;
  let numberEnd: number;
  let value: number;
  if (isDigit) {
    if (!joined && gluedBefore(text, pos)) return { rejected: true, skipTo: skipToken(text, pos) };
    numeral = readNumeral(text, pos);
    if (!numeral) return { rejected: true, skipTo: skipToken(text, pos) };
    numberEnd = numeral.end;
    value = numeral.value;
    // A fraction or numeric date ("3/4", "24/02") or a decimal glued to more digits is not a count.
    if (text[numberEnd] === '/' && isDigitCode(text.charCodeAt(numberEnd + 1))) return { rejected: true, skipTo: skipToken(text, numberEnd + 1) };
  } else {
    if (text[pos - 1] === '-') return { rejected: true, skipTo: pos + 1 };
    const words = readNumberWords(text, pos);
    if (!words) return { rejected: true, skipTo: pos + 1 };
    numberEnd = words.end;
    value = words.value;
    // "one-third", "two-year", "one-off": a word number in a compound is not a count.
    if (text[numberEnd] === '-') return { rejected: true, skipTo: numberEnd + 1 };
  }
  const prefix = readPrefix(text, pos);
  const suffix: Suffix = readSuffix(text, numberEnd, prefix.currency !== undefined);
  if (suffix.reject) return { rejected: true, skipTo: Math.max(suffix.end, skipToken(text, numberEnd)) };
  const currency = prefix.currency ?? suffix.currency;
  const raw = value;
  value *= suffix.magnitude;
  if (prefix.sign < 0) value = -value;
  let kind: StatisticKind = 'count';
  let unit: string | undefined;
  if (currency) {
    kind = 'money';
    unit = currency;
  } else if (suffix.percent) {
    kind = 'percent';
    unit = suffix.unit ?? '%';
  } else if (suffix.unit && !suffix.timeUnit) {
    kind = 'measure';
    unit = suffix.unit;
  } else if (suffix.timeUnit) {
    kind = 'measure';
    unit = suffix.unit;
  } else if (prefix.sign !== 0) kind = 'change';
  // "a magnitude 7.1 earthquake": the unit is written before the number.
  if (kind === 'count' && suffix.magnitude === 1 && prevWord(text, prefix.start)?.lower === 'magnitude') {
    kind = 'measure';
    unit = 'magnitude';
  }
  const q: Quantity = {
    start: prefix.start,
    end: suffix.end,
    numberStart: pos,
    numberEnd,
    value,
    raw,
    magnitude: suffix.magnitude,
    kind,
    numeral,
    words: !isDigit,
    bare: kind === 'count' || kind === 'change' ? !suffix.unit && suffix.magnitude === 1 && !suffix.percent : false,
    plus: suffix.plus,
    valueTo: undefined,
    rangeOf: undefined,
    unit,
    timeUnit: suffix.timeUnit,
  };
  return q;
}

/** Joins a second number: "10-12", "10 to 12", "two or three", "5 to 6 million", "$10-12bn", "3-1". */
function readSecond(text: string, q: Quantity, sport: SportContext): Quantity {
  const part = readPart(text, q);
  if (part) return part;
  const at = secondStart(text, q);
  if (at < 0) return q;
  const second = readSingle(text, at, true);
  if ('rejected' in second || second.words !== q.words) return q;
  const dash = text[q.end] !== ' ' || text[q.end + 1] === '–' || text[q.end + 1] === '—';
  if (dash && isPlain(q) && isPlain(second) && (q.value >= second.value || sport.isSport())) {
    const score = copy(q);
    score.end = second.end;
    score.kind = 'score';
    score.valueTo = second.value;
    score.bare = false;
    return score;
  }
  return mergeRange(q, second) ?? q;
}

/**
 * "one in five adults" (a share: 20%), "12 of 15 games" (12 games, of 15): a part of a whole, read
 * as one quantity so the whole is not listed as a count of its own.
 */
function readPart(text: string, q: Quantity): Quantity | null {
  if (!q.bare || q.value <= 0) return null;
  const w = nextWord(text, q.end);
  if (!w || (w.lower !== 'in' && w.lower !== 'of' && w.lower !== 'out')) return null;
  let joinEnd = w.end;
  if (w.lower === 'out') {
    const of = nextWord(text, w.end);
    if (of?.lower !== 'of') return null;
    joinEnd = of.end;
  }
  // "11 of their 13 matches"
  const owner = w.lower === 'of' ? nextWord(text, joinEnd) : null;
  if (owner && /^(?:the|their|its|his|her|our|your|my)$/.test(owner.lower)) joinEnd = owner.end;
  const p = skipBlanks(text, joinEnd);
  if (q.words ? !isLetterCode(text.charCodeAt(p)) : !isDigitCode(text.charCodeAt(p))) return null;
  const whole = readSingle(text, p, true);
  if ('rejected' in whole || !whole.bare || whole.words !== q.words || whole.value <= q.value) return null;
  // "5 in 2020" is a date, not a share.
  if (whole.numeral && !whole.numeral.separated && whole.numeral.digitCount === 4 && whole.value >= 1700 && whole.value <= 2099) return null;
  const part = copy(q);
  part.end = whole.end;
  if (w.lower === 'of') return part;
  const share = Math.round((q.value / whole.value) * 1e4) / 100;
  part.value = share;
  part.raw = share;
  part.kind = 'percent';
  part.unit = '%';
  part.bare = false;
  return part;
}

/** A small integer written without separators or affixes: the shape of a score. */
function isPlain(x: Quantity): boolean {
  return x.bare && x.numeral !== null && !x.numeral.separated && x.numeral.digitCount <= 3;
}

/** `p` if a digit is there, `p + 1` if a currency sign and a digit are, else -1. */
function digitOrMoney(text: string, p: number): number {
  if (isDigitCode(text.charCodeAt(p))) return p;
  const c = text[p];
  if ((c === '$' || c === '€' || c === '£') && isDigitCode(text.charCodeAt(p + 1))) return p + 1;
  return -1;
}

/** Where a second number joined to `q` by "-", "–", "to" or (for words) "or" starts; -1 if none. */
function secondStart(text: string, q: Quantity): number {
  const after = q.end;
  const ch = text[after];
  if (!q.words && (ch === '-' || ch === '–' || ch === '—')) return digitOrMoney(text, after + 1);
  if (!q.words && ch === ' ' && (text[after + 1] === '–' || text[after + 1] === '—') && text[after + 2] === ' ') {
    return digitOrMoney(text, after + 3);
  }
  const w = nextWord(text, after);
  if (!w || !(w.lower === 'to' || (q.words && w.lower === 'or'))) return -1;
  // "from 10 to 12" reports two values, not a range.
  if (prevWord(text, q.start)?.lower === 'from') return -1;
  const p = skipBlanks(text, w.end);
  if (q.words) return isLetterCode(text.charCodeAt(p)) ? p : -1;
  return digitOrMoney(text, p);
}

const typed = (x: Quantity): boolean => x.kind === 'money' || x.kind === 'percent' || x.kind === 'measure';

/** Makes "10-12 people" / "$10-12bn" / "5 to 6 million" a range, carrying the second end's affixes back. */
function mergeRange(q: Quantity, second: Quantity): Quantity | null {
  if (q.kind === 'change' || second.kind === 'change' || second.kind === 'range') return null;
  if (typed(q) && typed(second) && (q.kind !== second.kind || (q.unit !== second.unit && q.kind !== 'measure'))) return null;
  const magnitude = q.magnitude === 1 ? second.magnitude : q.magnitude;
  const value = (q.value < 0 ? -q.raw : q.raw) * magnitude;
  if (!(second.value > value)) return null;
  const range = copy(q);
  range.end = second.end;
  range.value = value;
  range.valueTo = second.value;
  range.kind = 'range';
  range.magnitude = magnitude;
  range.bare = q.bare && second.bare;
  range.unit = q.unit ?? second.unit;
  range.rangeOf = typed(q) ? q.kind : second.kind;
  return range;
}

/** Makes "between 10 and 12 people" one range; `q` is the first number, already read. */
export function joinBetween(text: string, q: Quantity): Quantity {
  if (q.kind === 'range' || q.kind === 'score') return q;
  const before = prevWord(text, q.start);
  const and = nextWord(text, q.end);
  if (before?.lower !== 'between' || and?.lower !== 'and') return q;
  let p = skipBlanks(text, and.end);
  if (/[$€£]/.test(text[p] ?? '')) p++;
  if (!isDigitCode(text.charCodeAt(p)) && !isLetterCode(text.charCodeAt(p))) return q;
  const second = readSingle(text, p, true);
  if ('rejected' in second || second.words !== q.words) return q;
  const range = mergeRange(q, second);
  if (range) range.start = before.start;
  return range ?? q;
}
