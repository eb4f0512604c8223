// Shared helpers for the statistics tests: run the extractor on a body-only text and look items up.

import { extract, type ExtractOptions } from '../../../src/shared/stats';
import type { Extraction, Statistic } from '../../../src/shared/types';

/** Extracts with an empty title, so every sentence of `text` is body. */
export function body(text: string, options: ExtractOptions = {}): Extraction {
  return extract(text, { titleRange: { start: 0, end: 0 }, ...options });
}

/** The statistics of a body-only text. */
export function statsOf(text: string, options: ExtractOptions = {}): Statistic[] {
  return body(text, options).statistics;
}

/** Every extracted item's offsets point at its text. */
export function offsetsHold(text: string, x: Extraction): boolean {
  const spans = [
    ...x.statistics,
    ...x.dates,
    ...x.warnings.flatMap((w) => [w.title, w.body]),
  ];
  return spans.every((s) => text.slice(s.start, s.end) === s.text);
}
