// Public face of the statistics extractor: every quantity, date and title/body contradiction in an
// article's text. Pure TypeScript (shared by main and renderer); the rules live in the files beside it.

import type { Extraction } from '../types';
import { findWarnings, type TitleRange } from './consistency';
import { findDates } from './dates';
import { findStatistics } from './statistics';

/** Bump when the output of `extract` changes for some input: cached extractions are then re-run. */
export const EXTRACTOR_VERSION = 1;

export interface ExtractOptions {
  /** Which part of the text is the title; default: the first non-empty line. */
  titleRange?: { start: number; end: number };
  /** The article's date: enables relative dates ("yesterday", "last week"). */
  referenceDate?: Date;
}

/** The first non-empty line, trimmed. */
function firstLine(text: string): TitleRange {
  const blank = (i: number): boolean => text.charCodeAt(i) <= 32 || text.charCodeAt(i) === 0xa0;
  let start = 0;
  while (start < text.length && blank(start)) start++;
  if (start === text.length) return { start: 0, end: 0 };
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  while (end > start && blank(end - 1)) end--;
  return { start, end };
}

/**
 * Extracts the statistics, dates and consistency warnings of an article's text. Offsets are UTF-16
 * indices into `text`: `text.slice(item.start, item.end) === item.text`.
 */
export function extract(text: string, options: ExtractOptions = {}): Extraction {
  const title = options.titleRange ?? firstLine(text);
  const foundDates = findDates(text, options.referenceDate);
  const spans = foundDates.map((d) => ({ start: d.spanStart, end: d.spanEnd })).sort((a, b) => a.start - b.start);
  const dates = foundDates.flatMap((d) => (d.mention ? [d.mention] : []));
  const found = findStatistics(text, spans);
  return {
    statistics: found.stats,
    dates,
    warnings: findWarnings(text, found, dates, title),
  };
}
