// Finds the sentence around a position: lines always end a sentence, and so do . ! ? followed by a
// space and a capital, unless the period ends an abbreviation or an initial. Positions only.

import { ABBREVIATIONS } from './lexicon';

/** A sentence's bounds in the text, trimmed of surrounding whitespace. */
export interface SentenceSpan {
  start: number;
  end: number;
}

/**
 * Where a sentence may end (a regex scans long texts faster than a loop over character codes): a
 * newline, or . ! ? … followed by another mark, a closer, a space or the end. Followed by anything
 * else ("3.5", "U.S") a mark ends nothing, so the regex does not stop there.
 */
const CANDIDATE = /\n|[.!?…](?=[.!?"'”’)\]*_ \t\u00a0\n\r]|$)/g;
const OPENER = /[\p{Lu}\d"“‘'(\[*]/u;

/** " ' ” ’ ) ] * _ : what may close a sentence after its final mark. */
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93 || c === 42 || c === 95;
}

/** . ! ? */
const isMark = (c: number): boolean => c === 46 || c === 33 || c === 63;

/** Space, tab, no-break space, newline, carriage return. */
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 10 || c === 13;
}

/** Space, tab, no-break space: what may stand between a sentence's end and the next one. */
const isGap = (c: number): boolean => c === 32 || c === 9 || c === 0xa0;

/** Is the period at `dot` the end of an abbreviation or an initial ("Feb.", "U.S.", "J.")? */
function isAbbreviation(text: string, dot: number): boolean {
  let i = dot;
  for (; i > 0 && dot - i <= 8; i--) {
    const c = text.charCodeAt(i - 1) | 32;
    if (!((c >= 97 && c <= 122) || c === 46)) break;
  }
  if (dot - i === 1) return true;
  // The longest abbreviation is six characters ("approx"); longer words end sentences.
  if (dot - i > 6) return false;
  const word = text.slice(i, dot);
  let upper = false;
  for (let k = i; k < dot; k++) if (text.charCodeAt(k) >= 65 && text.charCodeAt(k) <= 90) upper = true;
  return ABBREVIATIONS.has(upper ? word.toLowerCase() : word);
}

/** Can `c` (the character `ch`) start a sentence: a capital, a digit, a quote, a bracket or emphasis? */
function opens(c: number, ch: string): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 34 || c === 39 || c === 40 || c === 91 || c === 42;
  return OPENER.test(ch);
}

/** Walks sentence by sentence through a text; `at` must be called with non-decreasing positions. */
export class SentenceCursor {
  private start = 0;
  private end = 0;
  private span: SentenceSpan = { start: 0, end: 0 };

  constructor(private readonly text: string) {}

  /** The sentence containing `pos`. */
  at(pos: number): SentenceSpan {
    if (pos < this.end) return this.span;
    while (pos >= this.end && this.end < this.text.length) {
      this.start = this.end;
      this.end = this.findEnd(this.start);
    }
    this.span = this.trimmed();
    return this.span;
  }

  private trimmed(): SentenceSpan {
    let s = this.start;
    let e = this.end;
    while (s < e && isSpace(this.text.charCodeAt(s))) s++;
    while (e > s && isSpace(this.text.charCodeAt(e - 1))) e--;
    return { start: s, end: e };
  }

  /** The index just after the sentence that starts at `from`. */
  private findEnd(from: number): number {
    const text = this.text;
    CANDIDATE.lastIndex = from;
    for (;;) {
      // Every alternative of CANDIDATE is one character: the match is the one before lastIndex.
      if (!CANDIDATE.test(text)) return text.length;
      const at = CANDIDATE.lastIndex - 1;
      const mark = text.charCodeAt(at);
      if (mark === 10) return at + 1;
      let j = at + 1;
      while (j < text.length && (isMark(text.charCodeAt(j)) || isCloser(text.charCodeAt(j)))) j++;
      if (j >= text.length) return text.length;
      if (!isSpace(text.charCodeAt(j))) {
        CANDIDATE.lastIndex = j;
        continue;
      }
      let k = j;
      while (k < text.length && isGap(text.charCodeAt(k))) k++;
      const next = text.charCodeAt(k);
      const opensSentence = k >= text.length || next === 10 || opens(next, text[k]!);
      if (opensSentence && !(mark === 46 && isAbbreviation(text, at))) return j;
      CANDIDATE.lastIndex = j;
    }
  }
}
