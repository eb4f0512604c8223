// Finds the noun phrase a number counts: after it ("22,922 armored fighting vehicles"), before it
// ("the death toll rose to 300"), or the name of a list row ("tanks - 854 units"). Text spans only.

import { IN } from './lexiconBits';
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

function make(text: string, first: Word, last: Word, source: Label['source']): Label {
  const raw = text.slice(first.start, last.end);
  return { text: /\s\s|[^ \S]/.test(raw) ? raw.replace(/\s+/g, ' ') : raw, start: first.start, end: last.end, source };
}

const isStop = (w: Word): boolean => (w.lists & IN.stop) !== 0;
const isDeterminer = (w: Word): boolean => (w.lists & IN.determiner) !== 0;
const isParticiple = (w: Word): boolean => (w.lists & IN.participle) !== 0;
const isNumberWord = (w: Word): boolean => (w.lists & IN.numberWord) !== 0;
/** A verb where a noun should follow a number ("… 7.5 struck"): linking verbs without a final -s
 * (with one, "10 drops", "5 reports" are nouns). */
const isVerbAfterNumber = (w: Word): boolean => (w.lists & IN.linking) !== 0 && !w.lower.endsWith('s');
/** Stops a label read after a number. */
const endsRun = (w: Word): boolean => isStop(w) || isNumberWord(w) || isVerbAfterNumber(w);

/**
 * The first plural noun among at most `max` content words from `w` on: the head of the noun phrase
 * `w` starts ("armored fighting vehicles"). Null if a stop word comes first.
 */
function pluralHead(text: string, w: Word | null, max: number): Word | null {
  let cur = w;
  if (cur && cur.lower === 'others') return cur;
  for (let n = 0; cur && n < max; n++) {
    if (endsRun(cur)) return null;
    if (isPluralNoun(cur)) {
      // "Abrams tanks": a capitalised name ending in "s" before a plural noun is a modifier.
      const next = nextWord(text, cur.end);
      if (!(cur.text[0] !== cur.lower[0] && next && isPluralNoun(next) && !isStop(next))) return cur;
    }
    cur = nextWord(text, cur.end);
  }
  return null;
}

/** True when a word from `first` to `last` (a phrase read with nextWord) looks like a verb. */
function hasVerb(text: string, first: Word, last: Word): boolean {
  for (let w: Word | null = first; w; w = nextWord(text, w.end)) {
    if (isVerbLike(w)) return true;
    if (w.start >= last.start) break;
  }
  return false;
}

/** Aircraft and vehicle models in the plural, a capital, letters, digits and an "s": "F-16s", "Su-34s", "A320s", "F-35As". */
const MODEL_PLURAL = /[A-Z][A-Za-z]{0,9}-?\d{1,4}[A-Z]?s(?![A-Za-z0-9_])/y;

/** "12 F-16s": the model name the word `w` starts, when it is a plural one (`w` stops at its digits). */
function modelPlural(text: string, w: Word): Label | null {
  const c = text.charCodeAt(w.end);
  if (c !== 45 && !(c >= 48 && c <= 57)) return null;
  MODEL_PLURAL.lastIndex = w.start;
  if (!MODEL_PLURAL.test(text)) return null;
  return { text: text.slice(w.start, MODEL_PLURAL.lastIndex), start: w.start, end: MODEL_PLURAL.lastIndex, source: 'after' };
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
    if (x && isDeterminer(x)) {
      if (w.lower !== 'of') return null;
      x = nextWord(text, x.end);
    }
    // "$3bn in March", "$5m in Texas": a name after "in" is where or when, not what.
    if (!x || (w.lower !== 'of' && x.text[0] !== x.lower[0])) return null;
    w = x;
  }
  if (w.lists & IN.filler) return null;
  if (w.lists & IN.direction) return direction(text, w);
  const model = modelPlural(text, w);
  if (model) return model;
  const head = pluralHead(text, w, MAX_WORDS);
  if (head) return extend(text, w, head);
  if (!singular) return null;
  const run: Word[] = [];
  let cur: Word | null = w;
  while (cur && run.length < 4 && !endsRun(cur)) {
    run.push(cur);
    cur = nextWord(text, cur.end);
  }
  // "62 per cent support the plan": a word followed by a determiner is a verb, not the thing counted.
  if (cur && isDeterminer(cur) && cur.lower !== 'a') return null;
  while (run.length > 0 && (isVerbLike(run[run.length - 1]!) || (run[run.length - 1]!.lists & IN.dimension) !== 0)) run.pop();
  if (run.length === 0 || (run[run.length - 1]!.lists & IN.timeUnit) !== 0) return null;
  return make(text, run[0]!, run[run.length - 1]!, 'after');
}

/** "south of the city", "away from the coast": where a distance is measured from. */
function direction(text: string, w: Word): Label | null {
  const prep = nextWord(text, w.end);
  if (!prep || (prep.lower !== 'of' && prep.lower !== 'from')) return make(text, w, w, 'after');
  let last: Word = prep;
  let cur = nextWord(text, prep.end);
  if (cur && isDeterminer(cur)) {
    last = cur;
    cur = nextWord(text, cur.end);
  }
  let n = 0;
  while (cur && n < 3 && !isStop(cur) && !isVerbLike(cur)) {
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
  if (next && isParticiple(next)) {
    last = next;
    const conj = nextWord(text, last.end);
    const more = conj && (conj.lower === 'or' || conj.lower === 'and') ? nextWord(text, conj.end) : null;
    if (more && isParticiple(more)) last = more;
    return make(text, first, last, 'after');
  }
  if (next && (next.lower === 'and' || next.lower === 'or')) {
    // "vehicles and fuel tanks", not "people and injuring thousands".
    const start = nextWord(text, next.end);
    const head = pluralHead(text, start, 4);
    const after = head ? nextWord(text, head.end) : null;
    if (head && !hasVerb(text, start!, head) && !(after && isVerbLike(after))) last = head;
  }
  const prep = nextWord(text, last.end);
  if (prep && (prep.lower === 'of' || prep.lower === 'for')) {
    let w = nextWord(text, prep.end);
    if (w && isDeterminer(w)) w = nextWord(text, w.end);
    const run: Word[] = [];
    while (w && run.length < 4 && !isStop(w) && !isVerbLike(w)) {
      run.push(w);
      if (isPluralNoun(w)) break;
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
    if (!((w.lists & (IN.backSkip | IN.approx | IN.linking)) !== 0 || isVerbLike(w))) break;
    p = w.start;
    w = null;
  }
  if (skips < minSkips) return null;
  // The label's words, read backwards: `first` is the earliest so far, `second` the one after it.
  let n = 0;
  let last: Word | null = null;
  let first: Word | null = null;
  let second: Word | null = null;
  // "earnings per share of $1.52": "per" joins two nouns of one label.
  while (w && w.start >= sentenceStart && n < 4 && ((!isStop(w) && !isVerbLike(w)) || (w.lower === 'per' && n > 0))) {
    second = first;
    first = w;
    last ??= w;
    n++;
    w = prevWord(text, w.start);
  }
  if (first?.lower === 'per') {
    first = second;
    n--;
  }
  if (n === 0) return null;
  return make(text, first!, last!, 'before');
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
