// Finds the noun phrase a number counts: after it ("22,922 armored fighting vehicles"), before it
// ("the death toll rose to 300"), or the name of a list row ("tanks - 854 units"). Text spans only.

import {
  APPROX_WORDS,
  BACK_SKIP,
  DETERMINERS,
  DIRECTIONS,
  LABEL_PARTICIPLES,
  LINKING_VERBS,
  MULTIPLIERS,
  SMALL_NUMBERS,
  STOP_WORDS,
  TIME_UNITS,
} from './lexicon';
import { isPluralNoun, isVerbLike } from './nouns';
import { nextWord, prevWord, skipBlanksBack, type Word } from './words';

/** A label and where it is written. */
export interface Label {
  text: string;
  start: number;
  end: number;
  source: 'after' | 'before' | 'list';
}

const MAX_WORDS = 6;
const FILLERS = new Set(['units', 'unit', 'pieces', 'pcs', 'items']);
/** Adjectives and adverbs that follow a figure without naming what it counts ("5 km deep", "-5C overnight"). */
const DIMENSIONS = new Set([
  'deep', 'long', 'high', 'wide', 'tall', 'old', 'away', 'thick', 'ago', 'later', 'earlier', 'overnight',
  'today', 'yesterday', 'tonight', 'daily', 'weekly', 'monthly', 'annually', 'apiece', 'each', 'alone', 'altogether',
]);

function make(text: string, first: Word, last: Word, source: Label['source']): Label {
  const raw = text.slice(first.start, last.end);
  return { text: /\s\s|[^ \S]/.test(raw) ? raw.replace(/\s+/g, ' ') : raw, start: first.start, end: last.end, source };
}

const isNumberWord = (lower: string): boolean => SMALL_NUMBERS.has(lower) || MULTIPLIERS.has(lower);
/** A verb where a noun should follow a number ("… 7.5 struck"): linking verbs without a final -s
 * (with one, "10 drops", "5 reports" are nouns). */
const isVerbAfterNumber = (lower: string): boolean => LINKING_VERBS.has(lower) && !lower.endsWith('s');

/** Content words from `w` on, up to and including the first plural noun; null if a stop word comes first. */
function toPluralHead(text: string, w: Word | null, max: number): Word[] | null {
  const out: Word[] = [];
  let cur = w;
  if (cur && cur.lower === 'others') return [cur];
  while (cur && out.length < max) {
    if (STOP_WORDS.has(cur.lower) || isNumberWord(cur.lower) || isVerbAfterNumber(cur.lower)) return null;
    out.push(cur);
    if (isPluralNoun(cur.lower)) {
      // "Abrams tanks": a capitalised name ending in "s" before a plural noun is a modifier.
      const next = nextWord(text, cur.end);
      if (!(cur.text[0] !== cur.lower[0] && next && isPluralNoun(next.lower) && !STOP_WORDS.has(next.lower))) return out;
    }
    cur = nextWord(text, cur.end);
  }
  return null;
}

/**
 * The label written after a quantity ending at `pos`. `skipOf` skips a leading "of" (percent, money,
 * magnitudes: "12% of voters"); `skipIn` a leading "in"/"worth" (money: "$3bn in revenue");
 * `singular` accepts a singular head (the number is 1, or it is money, a percent or a measure).
 */
export function labelAfter(text: string, pos: number, skipOf: boolean, skipIn: boolean, singular: boolean): Label | null {
  let w = nextWord(text, pos);
  if (!w) return null;
  if ((skipOf && w.lower === 'of') || (skipIn && (w.lower === 'in' || w.lower === 'worth'))) {
    let x = nextWord(text, w.end);
    if (w.lower === 'worth' && x?.lower === 'of') x = nextWord(text, x.end);
    if (x && DETERMINERS.has(x.lower)) {
      if (w.lower !== 'of') return null;
      x = nextWord(text, x.end);
    }
    // "$3bn in March", "$5m in Texas": a name after "in" is where or when, not what.
    if (!x || (w.lower !== 'of' && x.text[0] !== x.lower[0])) return null;
    w = x;
  }
  if (FILLERS.has(w.lower)) return null;
  if (DIRECTIONS.has(w.lower)) return direction(text, w);
  const words = toPluralHead(text, w, MAX_WORDS);
  if (words) return extend(text, words[0]!, words[words.length - 1]!);
  if (!singular) return null;
  const run: Word[] = [];
  let cur: Word | null = w;
  while (cur && run.length < 4 && !STOP_WORDS.has(cur.lower) && !isNumberWord(cur.lower) && !isVerbAfterNumber(cur.lower)) {
    run.push(cur);
    cur = nextWord(text, cur.end);
  }
  // "62 per cent support the plan": a word followed by a determiner is a verb, not the thing counted.
  if (cur && DETERMINERS.has(cur.lower) && cur.lower !== 'a') return null;
  while (run.length > 0 && (isVerbLike(run[run.length - 1]!.lower) || DIMENSIONS.has(run[run.length - 1]!.lower))) run.pop();
  if (run.length === 0 || TIME_UNITS.has(run[run.length - 1]!.lower)) return null;
  return make(text, run[0]!, run[run.length - 1]!, 'after');
}

/** "south of the city", "away from the coast": where a distance is measured from. */
function direction(text: string, w: Word): Label | null {
  const prep = nextWord(text, w.end);
  if (!prep || (prep.lower !== 'of' && prep.lower !== 'from')) return make(text, w, w, 'after');
  let last: Word = prep;
  let cur = nextWord(text, prep.end);
  if (cur && DETERMINERS.has(cur.lower)) {
    last = cur;
    cur = nextWord(text, cur.end);
  }
  let n = 0;
  while (cur && n < 3 && !STOP_WORDS.has(cur.lower) && !isVerbLike(cur.lower)) {
    last = cur;
    n++;
    cur = nextWord(text, cur.end);
  }
  return n > 0 ? make(text, w, last, 'after') : make(text, w, w, 'after');
}

/** Grows a label past its head: "killed or wounded", "and fuel tanks", "for its air defenses". */
function extend(text: string, first: Word, head: Word): Label {
  let last = head;
  const next = nextWord(text, last.end);
  if (next && LABEL_PARTICIPLES.has(next.lower)) {
    last = next;
    const conj = nextWord(text, last.end);
    const more = conj && (conj.lower === 'or' || conj.lower === 'and') ? nextWord(text, conj.end) : null;
    if (more && LABEL_PARTICIPLES.has(more.lower)) last = more;
    return make(text, first, last, 'after');
  }
  if (next && (next.lower === 'and' || next.lower === 'or')) {
    // "vehicles and fuel tanks", not "people and injuring thousands".
    const np = toPluralHead(text, nextWord(text, next.end), 4);
    const after = np ? nextWord(text, np[np.length - 1]!.end) : null;
    if (np && !np.some((x) => isVerbLike(x.lower)) && !(after && isVerbLike(after.lower))) last = np[np.length - 1]!;
  }
  const prep = nextWord(text, last.end);
  if (prep && (prep.lower === 'of' || prep.lower === 'for')) {
    let w = nextWord(text, prep.end);
    if (w && DETERMINERS.has(w.lower)) w = nextWord(text, w.end);
    const run: Word[] = [];
    while (w && run.length < 4 && !STOP_WORDS.has(w.lower) && !isVerbLike(w.lower)) {
      run.push(w);
      if (isPluralNoun(w.lower)) break;
      w = nextWord(text, w.end);
    }
    if (run.length > 0) last = run[run.length - 1]!;
  }
  return make(text, first, last, 'after');
}

/**
 * The subject a quantity starting at `pos` is said of: "the total number (close to) 120", "revenue
 * rose to $3bn". `minSkips` linking words ("to", "rose", "close") must separate it from the number;
 * nothing before `sentenceStart` (the sentence, or the end of the previous figure) is read.
 */
export function labelBefore(text: string, pos: number, sentenceStart: number, minSkips: number): Label | null {
  let p = pos;
  let w: Word | null = null;
  let skips = 0;
  for (; skips <= 4; skips++) {
    w = prevWord(text, p);
    if (!w || w.start < sentenceStart) return null;
    if (!(BACK_SKIP.has(w.lower) || APPROX_WORDS.has(w.lower) || LINKING_VERBS.has(w.lower) || isVerbLike(w.lower))) break;
    p = w.start;
    w = null;
  }
  if (skips < minSkips) return null;
  const run: Word[] = [];
  // "earnings per share of $1.52": "per" joins two nouns of one label.
  const joins = (x: Word): boolean => x.lower === 'per' && run.length > 0;
  while (w && w.start >= sentenceStart && run.length < 4 && ((!STOP_WORDS.has(w.lower) && !isVerbLike(w.lower)) || joins(w))) {
    run.unshift(w);
    w = prevWord(text, w.start);
  }
  if (run[0]?.lower === 'per') run.shift();
  if (run.length === 0) return null;
  return make(text, run[0]!, run[run.length - 1]!, 'before');
}

/** The row name of a list entry whose number starts at `pos`: "tanks - 854", "Drones: 42,796". */
export function listLabel(text: string, pos: number): Label | null {
  const dashEnd = skipBlanksBack(text, pos);
  const dash = text[dashEnd - 1];
  if (dash !== '-' && dash !== '–' && dash !== '—' && dash !== ':') return null;
  const nameEnd = skipBlanksBack(text, dashEnd - 1);
  if (dash === '-' && nameEnd === dashEnd - 1) return null;
  // The row name starts the line and is short: look back at most 61 characters for the line start.
  let lineStart = nameEnd;
  while (lineStart > 0 && text[lineStart - 1] !== '\n') {
    if (nameEnd - lineStart > 60) return null;
    lineStart--;
  }
  while (lineStart < nameEnd && /[\s\-•*·–—]/.test(text[lineStart]!)) lineStart++;
  const name = text.slice(lineStart, nameEnd);
  if (!/^\p{L}[\p{L}\p{M}'’()\- ]*$/u.test(name) || name.split(' ').length > 6) return null;
  return { text: name, start: lineStart, end: nameEnd, source: 'list' };
}
