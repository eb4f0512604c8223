// Public face of the statistics extractor: every quantity, date and title/body contradiction in an
// article's text. Pure TypeScript (shared by main and renderer); the rules live in the files beside it.

import type { DateMention, Extraction } from '../types';
import { findWarnings, type TitleRange } from './consistency';
import { findDates } from './dates';
import { findStatistics } from './statistics';

/**
 * Bump when the output of `extract` changes for some input: cached extractions are then re-run.
 * 2: plural model names label a count ("12 F-16s").
 */
export const EXTRACTOR_VERSION = 2;

export interface ExtractOptions {
  /** Which part of the text is the title; default: the first non-empty line. */
  titleRange?: { start: number; end: number };
  /** The article's date: enables relative dates ("yesterday", "last week"). */
  referenceDate?: Date;
}

const isBlank = (c: number): boolean => c <= 32 || c === 0xa0;

/** The first non-empty line, trimmed. */
function firstLine(text: string): TitleRange {
  let start = 0;
  while (start < text.length && isBlank(text.charCodeAt(start))) start++;
  if (start === text.length) return { start: 0, end: 0 };
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/**
 * The same text as one flat string. A text built by concatenation is a rope in V8, and every
 * character the rules read would go through its pieces (about 5% of the work); split() with a
 * separator the text lacks hands back the flat string. A text holding the separator is kept as is.
 */
function flattened(text: string): string {
  const parts = text.split('\u0000');
  return parts.length === 1 ? parts[0]! : text;
}

/**
 * Extracts the statistics, dates and consistency warnings of an article's text. Offsets are UTF-16
 * indices into `input`: `input.slice(item.start, item.end) === item.text`.
 */
export function extract(input: string, options: ExtractOptions = {}): Extraction {
  const text = flattened(input);
  const title = options.titleRange ?? firstLine(text);
  const foundDates = findDates(text, options.referenceDate);
  const spans = foundDates.map((d) => ({ start: d.spanStart, end: d.spanEnd })).sort((a, b) => a.start - b.start);
  const dates: DateMention[] = [];
  for (const d of foundDates) if (d.mention) dates.push(d.mention);
  const found = findStatistics(text, spans);
  return {
    statistics: found.stats,
    dates,
    warnings: findWarnings(text, found, dates, title),
  };
}
