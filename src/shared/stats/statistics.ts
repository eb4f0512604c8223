// Walks a text once and lists its statistics: finds each number, reads the quantity, drops the
// ones that are not statistics, and attaches approx, label and sentence. No dates, no warnings.

import type { Statistic, StatisticKind } from '../types';
import { findApprox } from './approx';
import type { FoundStatistics } from './consistency';
import { isExcluded, type QuantityContext } from './exclusions';
import { labelAfter, labelBefore, listLabel, type Label } from './labels';
import { AGGREGATE_NOUNS, SCORE_CONTEXT, SMALL_NUMBERS } from './lexicon';
import { joinBetween, readQuantity, type Quantity, type SportContext } from './quantity';
import { SentenceCursor, type SentenceSpan } from './sentences';
import { isLetterCode, prevWord } from './words';

/** Character spans no statistic may touch (dates). Sorted by start. */
export interface Span {
  start: number;
  end: number;
}

const TIME_SCOPE = /\b(?:over|in|during|within) the (?:past|last|previous) (?:day|24 hours|week|month|year|two days|two weeks)\b/i;
/** What every TIME_SCOPE match contains: a sentence without it needs no TIME_SCOPE search. */
const TIME_SCOPE_CORE = /the (?:past|last|previous) /i;
const capitalize = (w: string): string => w[0]!.toUpperCase() + w.slice(1);
const NUMBER_WORDS = [...SMALL_NUMBERS.keys()].filter((w) => w !== 'zero').flatMap((w) => [w, capitalize(w)]);
/** Where a number may start: a digit, or a number word standing as a whole word. */
const CANDIDATE = new RegExp(`\\d|\\b(?:${NUMBER_WORDS.join('|')}|[Aa] (?:dozen|hundred|thousand|million|billion))\\b`, 'g');
const MULTIPLIER_WORDS = new Set(['dozen', 'hundred', 'thousand', 'million', 'billion']);
const isAsciiLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;
/** A kind whose unit already says what is counted: money, percent, measure. */
const isTyped = (kind: StatisticKind | undefined): boolean => kind === 'money' || kind === 'percent' || kind === 'measure';
/** What may stand between a figure and a change of the same thing: "$3.5bn, up 12%", "10,980 (+5)". */
const SAME_THING_BRIDGE = /^[\s,;(]*(?:(?:up|down|rising|falling|rose|fell|an?|increase|rise|drop|fall|decline|gain|jump|of|by|or|to)[\s,]+)*$/i;

/** Walks spans in order, answering "does [start, end) touch a span?" for increasing starts. */
class SpanWalker {
  private i = 0;
  constructor(private readonly spans: Span[]) {}
  /** The span containing `pos`, or the first one after it. */
  touching(start: number, end: number): Span | null {
    while (this.i < this.spans.length && this.spans[this.i]!.end <= start) this.i++;
    const s = this.spans[this.i];
    return s && s.start < end ? s : null;
  }
}

/** Is the sentence of the number at `pos` about sport (so "3-1" is a score)? Cached per sentence. */
class SportSentence implements SportContext {
  /** Where the number being read starts. */
  pos = 0;
  private start = -1;
  private value = false;
  constructor(
    private readonly text: string,
    private readonly sentences: SentenceCursor,
  ) {}
  isSport(): boolean {
    const sentence = this.sentences.at(this.pos);
    if (sentence.start !== this.start) {
      this.start = sentence.start;
      const words = this.text.slice(sentence.start, sentence.end).toLowerCase().split(/[^a-z]+/);
      this.value = words.some((w) => SCORE_CONTEXT.has(w));
    }
    return this.value;
  }
}

function chooseLabel(text: string, q: Quantity, phraseStart: number, phraseEnd: number, floor: number): Label | null {
  const typed = isTyped(q.kind) || isTyped(q.rangeOf);
  const list = phraseStart === q.start ? listLabel(text, q.start) : null;
  const money = q.kind === 'money' || q.rangeOf === 'money';
  const after = labelAfter(text, phraseEnd, typed || q.magnitude > 1, money, typed || q.value === 1 || q.kind === 'score');
  if (after) return after;
  if (list) return list;
  if (q.words) return null;
  // A bare count needs a linking word before it ("rose to 300", "close to 120"), not just any noun.
  return labelBefore(text, q.start, floor, typed || q.kind === 'score' ? 0 : 1);
}

/**
 * Where the CANDIDATE match ending at `end` starts, as the rules have always read it: one digit, or
 * the run of letters (of any script) ending there, or "a" + space + a multiplier.
 */
function matchStart(text: string, end: number): number {
  const last = text.charCodeAt(end - 1);
  if (last >= 48 && last <= 57) return end - 1;
  let i = end - 1;
  while (i > 0 && isLetterCode(text.charCodeAt(i - 1))) i--;
  return MULTIPLIER_WORDS.has(text.slice(i, end).toLowerCase()) ? i - 2 : i;
}

/** Where the CANDIDATE match ending at `end` really starts: its ASCII letters only (\b is ASCII). */
function regexMatchStart(text: string, end: number): number {
  let i = end - 1;
  while (i > 0 && isAsciiLetter(text.charCodeAt(i - 1))) i--;
  return MULTIPLIER_WORDS.has(text.slice(i, end)) ? i - 2 : i;
}

/** Lists the statistics in `text`, skipping any that touch `exclude` (date spans). */
export function findStatistics(text: string, exclude: Span[]): FoundStatistics {
  // Arrays sized for about one statistic per 128 characters, cut to size at the end: growing them
  // one push at a time copies them again and again on a long text.
  const capacity = (text.length >> 7) + 16;
  const out: FoundStatistics = {
    stats: new Array<Statistic>(capacity),
    labelCore: new Array<string>(capacity),
    numeralStart: new Array<number>(capacity),
    numeralEnd: new Array<number>(capacity),
    passageStart: new Array<number>(capacity),
    passageEnd: new Array<number>(capacity),
    malformed: new Array<boolean>(capacity),
  };
  let count = 0;
  const sentences = new SentenceCursor(text);
  const sport = new SportSentence(text, sentences);
  const sentenceTexts = new SentenceText(text);
  const dates = new SpanWalker(exclude);
  const context: QuantityContext = { text, q: null as unknown as Quantity, phraseStart: 0, sentenceStart: 0 };
  CANDIDATE.lastIndex = 0;
  while (CANDIDATE.test(text)) {
    const end = CANDIDATE.lastIndex;
    const pos = matchStart(text, end);
    // Reads the candidate at `pos`, adding a statistic if it is one, and leaves in `next` where
    // scanning resumes.
    let next = end;
    candidate: {
      const inDate = dates.touching(pos, pos + 1);
      if (inDate) {
        next = inDate.end;
        break candidate;
      }
      sport.pos = pos;
      const read = readQuantity(text, pos, sport);
      if ('rejected' in read) {
        next = read.skipTo;
        break candidate;
      }
      const q = joinBetween(text, read);
      next = q.end;
      if (dates.touching(q.start, q.end)) break candidate;
      const approx = findApprox(text, q.start, q.end);
      const sentence = sentences.at(pos);
      context.q = q;
      context.phraseStart = approx.start;
      context.sentenceStart = sentence.start;
      if (isExcluded(context)) break candidate;
      if (addStatistic(text, q, approx, sentence, sentenceTexts, out, count)) {
        count++;
        next = Math.max(q.end, approx.end);
      }
    }
    // A number word glued to a letter of another script ("éseven") is read from that letter on; when
    // that reading does not get past the word, the same match would come back forever: skip it.
    if (pos < end - 1) {
      const start = regexMatchStart(text, end);
      if (pos < start && next <= start) next = end;
    }
    CANDIDATE.lastIndex = next;
  }
  for (const list of [out.stats, out.labelCore, out.numeralStart, out.numeralEnd, out.passageStart, out.passageEnd, out.malformed]) {
    list.length = count;
  }
  return out;
}

/** The text of the current sentence, sliced once however many statistics it holds. */
class SentenceText {
  private start = -1;
  private value = '';
  private scoped: boolean | null = null;
  constructor(private readonly text: string) {}
  of(sentence: SentenceSpan): string {
    if (sentence.start !== this.start) {
      this.start = sentence.start;
      this.value = this.text.slice(sentence.start, sentence.end);
      this.scoped = null;
    }
    return this.value;
  }
  /** False when no time scope ("over the past day") can be written in the sentence. */
  mayHoldTimeScope(sentence: SentenceSpan): boolean {
    const value = this.of(sentence);
    this.scoped ??= TIME_SCOPE_CORE.test(value);
    return this.scoped;
  }
}

/** Builds the statistic for `q` and stores it as `found`'s `n`th; false when it is not one after all. */
function addStatistic(
  text: string,
  q: Quantity,
  approx: { approx: boolean; start: number; end: number },
  sentence: SentenceSpan,
  sentenceTexts: SentenceText,
  found: FoundStatistics,
  n: number,
): boolean {
  let kind = q.kind;
  let value = q.value;
  const last = found.stats[n - 1];
  const sameSentence = !!last && last.start >= sentence.start;
  const lastCore = sameSentence ? found.labelCore[n - 1]! : '';
  const lastPassageEnd = sameSentence ? found.passageEnd[n - 1]! : -1;
  let label = chooseLabel(text, q, approx.start, approx.end, sameSentence ? Math.max(sentence.start, last!.end) : sentence.start);
  // "tanks — 10,980 (+5)", "revenue of $3.5bn, up 12%", "rose 8% to $4.2bn": a change or an unlabelled
  // value right after a figure is of the same thing.
  if (
    (kind === 'change' || (kind === 'percent' && label?.source !== 'after') || (isTyped(kind) && !label)) &&
    lastCore && approx.start >= lastPassageEnd && approx.start - lastPassageEnd < 40 &&
    SAME_THING_BRIDGE.test(text.slice(lastPassageEnd, approx.start))
  ) {
    label = { text: lastCore, start: last!.start, end: last!.end, source: 'list' };
  }
  // "up 43" / "down 12": a daily change when nothing is counted after it.
  const lead = prevWord(text, approx.start);
  if (kind === 'count' && q.bare && (lead?.lower === 'up' || lead?.lower === 'down') && label?.source !== 'after') {
    kind = 'change';
    if (lead.lower === 'down') value = -value;
  }
  if (!label && (kind === 'count' || kind === 'change' || q.words)) return false;
  // A measure without a noun is labelled by its unit ("12,000 hectares").
  let labelText = label?.text ?? (kind === 'measure' && q.unit && /^\p{L}{3,}/u.test(q.unit) ? q.unit : '');
  if (label?.source === 'before' && lastCore) {
    const head = labelText.slice(labelText.lastIndexOf(' ') + 1).toLowerCase();
    if (AGGREGATE_NOUNS.has(head)) labelText = `${labelText} of ${lastCore}`;
  }
  const labelCore = labelText;
  // The scope is searched for in the sentence before the number (the sentence's own text holds it).
  if (label?.source === 'after' && kind === 'count' && sentenceTexts.mayHoldTimeScope(sentence)) {
    const scope = TIME_SCOPE.exec(text.slice(Math.max(sentence.start, q.start - 300), q.start));
    if (scope) labelText = `${labelText} ${scope[0].toLowerCase()}`;
  }
  const start = approx.start;
  const end = Math.max(q.end, approx.end);
  // One shape for every statistic (absent unit / valueTo are undefined): smaller, faster objects.
  const stat: Statistic = {
    value,
    text: text.slice(start, end),
    label: labelText,
    kind,
    approx: approx.approx || q.plus,
    start,
    end,
    sentence: sentenceTexts.of(sentence),
    unit: q.unit,
    valueTo: q.valueTo,
  };
  const joined = label?.source === 'after' && label.start - q.end <= 3;
  found.stats[n] = stat;
  found.labelCore[n] = labelCore;
  found.numeralStart[n] = q.numeral ? q.numberStart : -1;
  found.numeralEnd[n] = q.numeral ? q.numeral.end : -1;
  found.malformed[n] = q.numeral?.malformed ?? false;
  found.passageStart[n] = q.start;
  found.passageEnd[n] = joined ? label!.end : q.end;
  return true;
}
