// Compares what the title states with what the body states: the same figure written differently
// ("1,020.010" vs "1,020,010 troops") and a date that disagrees. Reports; never changes statistics.

import type { ConsistencyWarning, DateMention, Passage, Statistic } from '../types';
import { STOP_WORDS } from './lexicon';
import { IN } from './lexiconBits';
import { digitsOf, firstDigitOf } from './numerals';
import { prevWord } from './words';

/** Statistics with what the comparison needs beyond the public shape, in arrays parallel to `stats`. */
export interface FoundStatistics {
  stats: Statistic[];
  /** The label without a time scope ("casualties", not "casualties over the past day"). */
  labelCore: string[];
  /** Where the numeral is written (-1 for numbers in words): its digits, separators aside, identify a figure. */
  numeralStart: number[];
  numeralEnd: number[];
  /** True when the numeral's separators contradict each other ("1,020.010"). */
  malformed: boolean[];
  /** Where the number and its label, when written together, start and end ("1,020,010 troops"). */
  passageStart: number[];
  passageEnd: number[];
}

function passageOf(text: string, found: FoundStatistics, i: number): Passage {
  const start = found.passageStart[i]!;
  const end = found.passageEnd[i]!;
  return { text: text.slice(start, end), start, end };
}

/** Where the title is. */
export interface TitleRange {
  start: number;
  end: number;
}

const inTitle = (title: TitleRange, start: number): boolean => start >= title.start && start < title.end;

function labelWords(label: string): Set<string> {
  const out = new Set<string>();
  for (const w of label.toLowerCase().split(/[^\p{L}]+/u)) {
    if (w.length > 2 && !STOP_WORDS.has(w)) out.add(w.replace(/s$/, ''));
  }
  return out;
}

function shareWord(a: string, b: string): boolean {
  const wa = labelWords(a);
  for (const w of labelWords(b)) if (wa.has(w)) return true;
  return false;
}

/** The digits of statistic `i`'s numeral. */
const digitsAt = (text: string, found: FoundStatistics, i: number): string => digitsOf(text, found.numeralStart[i]!, found.numeralEnd[i]!);

/** The first body figure (written in digits) with the same digits as title figure `t` but another reading. */
function rivalOf(text: string, found: FoundStatistics, title: TitleRange, t: number): number | undefined {
  const { stats } = found;
  const ts = stats[t]!;
  const key = digitsAt(text, found, t);
  const keyFirst = key.length > 0 ? key.charCodeAt(0) : -1;
  for (let b = 0; b < stats.length; b++) {
    const bs = stats[b]!;
    if (found.numeralStart[b]! < 0 || inTitle(title, bs.start)) continue;
    if (
      bs.kind === ts.kind &&
      // The first digit first: most figures differ there, and reading it builds no string.
      firstDigitOf(text, found.numeralStart[b]!, found.numeralEnd[b]!) === keyFirst &&
      digitsAt(text, found, b) === key &&
      (found.malformed[t] || found.malformed[b] || bs.value !== ts.value) &&
      shareWord(ts.label, bs.label)
    ) {
      return b;
    }
  }
  return undefined;
}

function numberWarnings(text: string, found: FoundStatistics, title: TitleRange): ConsistencyWarning[] {
  const out: ConsistencyWarning[] = [];
  const { stats } = found;
  for (let t = 0; t < stats.length; t++) {
    const ts = stats[t]!;
    if (found.numeralStart[t]! < 0 || !inTitle(title, ts.start)) continue;
    const m = rivalOf(text, found, title, t);
    if (m === undefined) continue;
    const ms = stats[m]!;
    const why = found.malformed[t]
      ? `"${ts.text.trim()}" mixes separators (a comma and a period as thousands marks); the body's figure is ${ms.value.toLocaleString('en-US')}`
      : found.malformed[m]
        ? `the body's "${ms.text.trim()}" mixes separators`
        : `the same digits give ${ts.value.toLocaleString('en-US')} in the title and ${ms.value.toLocaleString('en-US')} in the body`;
    const titlePassage = passageOf(text, found, t);
    const bodyPassage = passageOf(text, found, m);
    out.push({
      kind: 'number',
      message: `The title says "${titlePassage.text}" but the body says "${bodyPassage.text}": ${why}.`,
      title: titlePassage,
      body: bodyPassage,
    });
  }
  return out;
}

const compatible = (a: string, b: string): boolean => a.startsWith(b) || b.startsWith(a);

function startsPeriod(text: string, d: DateMention): { word: string; start: number } | null {
  const w = prevWord(text, d.start);
  return w && w.lists & IN.periodStart ? { word: w.text, start: w.start } : null;
}

function dateWarnings(text: string, dates: DateMention[], title: TitleRange): ConsistencyWarning[] {
  const out: ConsistencyWarning[] = [];
  const body = dates.filter((d) => !inTitle(title, d.start));
  for (const t of dates) {
    if (!inTitle(title, t.start) || t.iso.length < 7) continue;
    if (body.some((b) => compatible(b.iso, t.iso))) continue;
    const tStarts = startsPeriod(text, t) !== null;
    // Only dates that play the same part can contradict: both start a period, or both name the
    // same month of different years (a typed year).
    const rival = body.find((b) => {
      if (b.iso.length < 7) return false;
      if (tStarts && startsPeriod(text, b)) return true;
      return b.iso.slice(5, 7) === t.iso.slice(5, 7) && b.iso.slice(0, 4) !== t.iso.slice(0, 4);
    });
    if (!rival) continue;
    const lead = startsPeriod(text, rival);
    const bodyStart = lead ? lead.start : rival.start;
    const bodyPassage: Passage = { text: text.slice(bodyStart, rival.end), start: bodyStart, end: rival.end };
    out.push({
      kind: 'date',
      message: `The title says "${t.text}" (${t.iso}) but the body says "${bodyPassage.text}" (${rival.iso}).`,
      title: { text: t.text, start: t.start, end: t.end },
      body: bodyPassage,
    });
  }
  return out;
}

/** Warnings for title statements the body contradicts. */
export function findWarnings(text: string, found: FoundStatistics, dates: DateMention[], title: TitleRange): ConsistencyWarning[] {
  return [...numberWarnings(text, found, title), ...dateWarnings(text, dates, title)];
}
