// Finds the sentence around a position: lines always end a sentence, and so do . ! ? followed by a
// space and a capital, unless the period ends an abbreviation or an initial. Positions only.

import { ABBREVIATIONS } from './lexicon';

/** A sentence's bounds in the text, trimmed of surrounding whitespace. */
export interface SentenceSpan {
  start: number;
  end: number;
}

const CANDIDATE = /[.!?…\n]/g;
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '*', '_']);

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\u00a0' || c === '\n' || c === '\r';
}

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
  return ABBREVIATIONS.has(text.slice(i, dot).toLowerCase());
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
    while (s < e && isSpace(this.text[s])) s++;
    while (e > s && isSpace(this.text[e - 1])) e--;
    return { start: s, end: e };
  }

  /** The index just after the sentence that starts at `from`. */
  private findEnd(from: number): number {
    const text = this.text;
    CANDIDATE.lastIndex = from;
    for (;;) {
      const m = CANDIDATE.exec(text);
      if (!m) return text.length;
      const at = m.index;
      if (text[at] === '\n') return at + 1;
      let j = at + 1;
      while (j < text.length && (text[j] === '.' || text[j] === '!' || text[j] === '?' || CLOSERS.has(text[j]!))) j++;
      if (j >= text.length) return text.length;
      if (!isSpace(text[j])) {
        CANDIDATE.lastIndex = j;
        continue;
      }
      let k = j;
      while (k < text.length && (text[k] === ' ' || text[k] === '\t' || text[k] === '\u00a0')) k++;
      const next = text[k];
      const opensSentence = next === undefined || next === '\n' || /[\p{Lu}\d"“‘'(\[*]/u.test(next);
      if (opensSentence && !(text[at] === '.' && isAbbreviation(text, at))) return j;
      CANDIDATE.lastIndex = j;
    }
  }
}
