// Finds the dates an article mentions with chrono-node, run only on short windows around a month
// name or numeric date (chrono is ~0.1 MB/s on whole texts). Relative dates need the article's date.

import * as chrono from 'chrono-node/en';
import type { DateMention } from '../types';
import { MONTH_PATTERN, RELATIVE_DATE_PATTERN } from './lexicon';
import { prevWord } from './words';

/** A date found in the text; `span` covers every character chrono read (for excluding its numbers). */
export interface FoundDate {
  mention: DateMention | null;
  spanStart: number;
  spanEnd: number;
}

/** "2020-02-24" or "24/02/2020": \b\d{4}-\d\d-\d\d\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b, factored on its first digit (faster to scan). */
const NUMERIC_DATE = '\\b\\d(?:\\d{3}-\\d\\d-\\d\\d|\\d?/\\d{1,2}/\\d{2,4})\\b';
const ABSOLUTE_TRIGGER = new RegExp(`\\b(?:${MONTH_PATTERN})\\b\\.?|${NUMERIC_DATE}`, 'g');
const ANY_TRIGGER = new RegExp(`${ABSOLUTE_TRIGGER.source}|\\b(?:${RELATIVE_DATE_PATTERN})\\b`, 'g');
const MONTH_WORD = new RegExp(`\\b(?:${MONTH_PATTERN})\\b`);
const RELATIVE_OK = /yesterday|today|tonight|tomorrow|\b(?:ago|last|next|this)\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day/i;
const WINDOW_BEFORE = 12;
const WINDOW_AFTER = 14;
const MAX_WINDOW = 160;
const PERIOD_WORDS = new Set([
  'in', 'since', 'from', 'until', 'till', 'by', 'during', 'early', 'late', 'mid', 'last', 'next', 'this', 'of',
  'between', 'through', 'before', 'after',
]);

/** chrono needs a reference; without the article's date only fully written dates are kept anyway. */
const NO_REFERENCE = new Date(2000, 0, 1);

const PROBES = ['Feb. 24, 2020', 'February 2022', '24 February 2022', '2020-02-24', '24/02/2020', 'the 5th of June 2019', 'June 5th, 2019'];
let absoluteParser: chrono.Chrono | null = null;

/** chrono's casual English parser reduced to the parsers that read calendar dates (5× faster). */
function absolute(): chrono.Chrono {
  if (absoluteParser) return absoluteParser;
  const base = chrono.casual;
  const keep = base.parsers.filter((parser) => {
    const alone = new chrono.Chrono({ parsers: [parser], refiners: [] });
    return PROBES.some((probe) => alone.parse(probe).some((r) => r.start.isCertain('month')));
  });
  absoluteParser = new chrono.Chrono({ parsers: keep, refiners: base.refiners });
  return absoluteParser;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function isoOf(result: chrono.ParsedResult, relative: boolean, known: boolean, periodWord: boolean): string | null {
  const c = result.start;
  const year = c.get('year');
  const month = c.get('month');
  const day = c.get('day');
  if (year === null || month === null || day === null) return null;
  const hasYear = c.isCertain('year') || known;
  if (!hasYear) return null;
  if (c.isCertain('day') || (relative && known)) return `${year}-${pad(month)}-${pad(day)}`;
  if (c.isCertain('month') && (c.isCertain('year') || periodWord)) return `${year}-${pad(month)}`;
  if (c.isCertain('year')) return `${year}`;
  return null;
}

/** Windows of text around date triggers, merged when they overlap; each inside one line. */
function windows(text: string, trigger: RegExp): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  trigger.lastIndex = 0;
  for (let m = trigger.exec(text); m; m = trigger.exec(text)) {
    // Grow the window to whole words, within the line; never further than a few words.
    let s = m.index;
    while (s > 0 && text[s - 1] !== '\n' && (m.index - s < WINDOW_BEFORE || text[s - 1] !== ' ') && m.index - s < MAX_WINDOW) s--;
    const after = m.index + m[0].length;
    let e = after;
    while (e < text.length && text[e] !== '\n' && (e - after < WINDOW_AFTER || text[e] !== ' ') && e - after < MAX_WINDOW) e++;
    const last = out[out.length - 1];
    if (last && s <= last[1]) {
      // Merge overlapping windows, but keep each short: chrono's cost grows with its input.
      if (e - last[0] <= MAX_WINDOW) last[1] = Math.max(last[1], e);
      else if (e > last[1]) out.push([last[1], e]);
    } else out.push([s, e]);
    trigger.lastIndex = Math.max(trigger.lastIndex, m.index + m[0].length);
  }
  return out;
}

/** Every date chrono finds near a date-like token. With `referenceDate`, relative dates too. */
export function findDates(text: string, referenceDate?: Date): FoundDate[] {
  const known = referenceDate !== undefined;
  const parser = known ? chrono.casual : absolute();
  const found: FoundDate[] = [];
  const reference = referenceDate ?? NO_REFERENCE;
  for (const [s, e] of windows(text, known ? ANY_TRIGGER : ABSOLUTE_TRIGGER)) {
    const passage = text.slice(s, e);
    // Without the article's date only a written year makes a date: no digit, nothing to report.
    if (!known && !/\d/.test(passage)) continue;
    const results = parser.parse(passage, reference);
    for (const r of results) {
      let start = s + r.index;
      let end = start + r.text.length;
      // chrono sometimes keeps a leading "on"/"the"/"of": the mention is the date itself.
      const lead = /^(?:on|the|of|in|at)\s+/i.exec(r.text);
      if (lead) start += lead[0].length;
      while (end > start && /[\s,.]/.test(text[end - 1]!)) end--;
      const spoken = text.slice(start, end);
      const relative = RELATIVE_OK.test(spoken) || (!MONTH_WORD.test(spoken) && !/\d/.test(spoken));
      if (relative && (!known || !RELATIVE_OK.test(spoken) || /\bpast\b/i.test(spoken))) {
        found.push({ mention: null, spanStart: start, spanEnd: end });
        continue;
      }
      const before = prevWord(text, start);
      const iso = isoOf(r, relative, known, !!before && PERIOD_WORDS.has(before.lower));
      found.push({ mention: iso ? { text: spoken, iso, start, end } : null, spanStart: start, spanEnd: end });
    }
  }
  return found;
}
