// Describes a span of the article's text model as the selectors a highlight stores (W3C text
// quote + text position). Pure string work: it must not look at the DOM or try to anchor.

import type { TextPositionSelector, TextQuoteSelector } from '../types';

/** How many characters of context the quote selector keeps on each side. */
export const CONTEXT_LENGTH = 32;

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/**
 * Returns the quote and position selectors of `text.slice(start, end)`. Prefix and suffix hold up
 * to 32 characters of context and never cut a surrogate pair in half. Throws a RangeError for an
 * empty or out-of-bounds span.
 */
export function describe(
  text: string,
  start: number,
  end: number,
): { quote: TextQuoteSelector; position: TextPositionSelector } {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`describe: invalid span ${start}..${end} for a text of ${text.length} characters`);
  }
  let prefixStart = Math.max(0, start - CONTEXT_LENGTH);
  if (prefixStart > 0 && isLowSurrogate(text.charCodeAt(prefixStart))) prefixStart++;
  let suffixEnd = Math.min(text.length, end + CONTEXT_LENGTH);
  if (suffixEnd < text.length && isHighSurrogate(text.charCodeAt(suffixEnd - 1))) suffixEnd--;
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}
