// The "not a statistic" rules that need context: lone years, identifiers ("page 12", "Windows 8"),
// ages, time windows ("the past 24 hours"), idioms ("no one", "the two countries"). Rules, no scanning.

import { IN } from './lexiconBits';
import { isPluralNoun } from './nouns';
import type { Quantity } from './quantity';
import { hasInnerCapital, isCapitalized, nextWord, prevWord, skipBlanksBack } from './words';

/** Context a rule may look at. */
export interface QuantityContext {
  text: string;
  q: Quantity;
  /** Start of the approximating phrase before the quantity, or the quantity's start. */
  phraseStart: number;
  sentenceStart: number;
}

/** A four-digit integer that reads as a year (1700–2099, no separators). */
export function isYearShaped(q: Quantity): boolean {
  const n = q.numeral;
  return !!n && !n.separated && n.digitCount === 4 && q.raw >= 1700 && q.raw <= 2099;
}

function nextIsPlural(text: string, pos: number): boolean {
  const w = nextWord(text, pos);
  return !!w && isPluralNoun(w);
}

/** A year standing alone ("in 2020", "the 2020 election"), or a range of years ("2014-2022"). */
function isLoneYear({ text, q, phraseStart }: QuantityContext): boolean {
  if (!isYearShaped(q)) return false;
  if (q.kind === 'range' && q.valueTo !== undefined && q.valueTo <= 2099 && q.valueTo >= 1700) return true;
  if (!q.bare || phraseStart !== q.start || q.start !== q.numberStart) return false;
  const before = prevWord(text, q.start);
  if (before && before.lists & IN.yearBefore) return true;
  // "Russia lost 2000 troops" counts; "2019 saw a rise" is a year.
  return !nextIsPlural(text, q.end);
}

/** An identifier after a reference noun: "page 12", "p. 4", "Article 5", "No. 10", "#3". */
function isReference({ text, q }: QuantityContext): boolean {
  let p = skipBlanksBack(text, q.start);
  if (text[p - 1] === '.') p--;
  const w = prevWord(text, p);
  return !!w && w.end === p && (w.lists & IN.reference) !== 0 && q.kind !== 'money' && q.kind !== 'percent';
}

/** A model or product number: "Windows 8", "iPhone 15", "Boeing 737", "Pope Leo 14". */
function isModelName({ text, q, sentenceStart }: QuantityContext): boolean {
  if (!q.bare || q.words || !q.numeral || q.numeral.separated || q.start !== q.numberStart) return false;
  const w = prevWord(text, q.start);
  if (!w || w.end !== q.start - 1) return false;
  if (w.lists & (IN.stop | IN.approx | IN.linking)) return false;
  const named = hasInnerCapital(w) || (isCapitalized(w) && w.start > sentenceStart);
  return named && !nextIsPlural(text, q.end);
}

/** An age: "aged 25", "age 7". */
function isAge({ text, phraseStart }: QuantityContext): boolean {
  const w = prevWord(text, phraseStart);
  return !!w && (w.lower === 'aged' || w.lower === 'age' || w.lower === 'ages');
}

/** A time window rather than a quantity: "the past 24 hours", "within two weeks", "three years ago". */
function isTimeWindow({ text, q, phraseStart }: QuantityContext): boolean {
  if (!q.timeUnit) return false;
  const before = prevWord(text, phraseStart) ?? prevWord(text, q.start);
  if (before && (before.lists & IN.windowBefore || before.lower === 'the' || before.lower === 'a')) return true;
  const after = nextWord(text, q.end);
  return !!after && (after.lists & IN.windowAfter) !== 0;
}

/** A number word used as a pronoun or idiom, or pointing back at known things ("the two countries"). */
function isIdiomaticWord({ text, q, phraseStart }: QuantityContext): boolean {
  if (!q.words) return false;
  const before = prevWord(text, phraseStart);
  if (before && before.lists & IN.anaphoric) return true;
  const first = text.slice(q.numberStart, q.numberStart + 4).toLowerCase();
  if (q.value === 1 && first.startsWith('one')) {
    if (before && before.lists & IN.oneIdiom) return true;
    const after = nextWord(text, q.end);
    if (!after || after.lists & (IN.vague | IN.stop)) return true;
  }
  return false;
}

/** An enumeration or citation marker: "[12]", "(3)", "1." at a line start. */
function isMarker({ text, q }: QuantityContext): boolean {
  if (!q.bare || q.words || q.start !== q.numberStart) return false;
  if ((text[q.start - 1] === '[' && text[q.end] === ']') || (text[q.start - 1] === '(' && text[q.end] === ')')) return true;
  const lineStart = q.start === 0 || text[q.start - 1] === '\n';
  return lineStart && (text[q.end] === '.' || text[q.end] === ')') && /\s/.test(text[q.end + 1] ?? ' ');
}

const RULES: ReadonlyArray<(c: QuantityContext) => boolean> = [
  isLoneYear,
  isReference,
  isModelName,
  isAge,
  isTimeWindow,
  isIdiomaticWord,
  isMarker,
];

/** True when the quantity is not a statistic, whatever its label. */
export function isExcluded(context: QuantityContext): boolean {
  for (const rule of RULES) if (rule(context)) return true;
  return false;
}
