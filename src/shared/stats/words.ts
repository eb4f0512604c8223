// Reads the words next to a position, within a line: the small lexer the label and exclusion
// rules share. It knows letters, spaces and apostrophes; it knows no grammar.

import { listsOf } from './lexiconBits';

/** A word of the text. */
export interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** The lexicon lists holding `lower`, as bits of IN (lexiconBits.ts). */
  lists: number;
}

const LETTER = /\p{L}/u;

/** True for a letter (any script). */
export function isLetterCode(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(String.fromCharCode(c));
}

const isBlank = (c: number): boolean => c === 32 || c === 9 || c === 0xa0 || c === 0x2009 || c === 0x202f;
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;
const isHyphen = (c: number): boolean => c === 45;

function inWord(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (isLetterCode(c)) return true;
  // An apostrophe or hyphen belongs to a word only between two letters ("Ukraine’s", "long-range").
  if ((isApostrophe(c) || isHyphen(c)) && i > 0 && i + 1 < text.length) {
    return isLetterCode(text.charCodeAt(i - 1)) && isLetterCode(text.charCodeAt(i + 1));
  }
  return false;
}

/** True for a character that may change in lower case: an ASCII capital or any non-ASCII character. */
const mayLower = (c: number): boolean => (c >= 65 && c <= 90) || c >= 128;
/** An ASCII letter: most characters of most words, read without the general test. */
const isAsciiLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;

/** The word at [start, end); `capital` says whether a character there may change in lower case. */
function make(text: string, start: number, end: number, capital: boolean): Word {
  const t = text.slice(start, end);
  // Most words are lower case already: skip toLowerCase, which is slow on two-byte texts.
  const lower = capital ? t.toLowerCase() : t;
  return { text: t, lower, start, end, lists: listsOf(lower) };
}

/**
 * The rules ask about the same few words around a number many times: a small direct-mapped memo of
 * recent answers for the text being read, keyed by position (answers are immutable), saves most of
 * the re-reading. Reading another text empties it.
 */
const MEMO_SIZE = 64;
let memoText: string | null = null;
const nextPos = new Int32Array(MEMO_SIZE).fill(-1);
const nextWords = new Array<Word | null>(MEMO_SIZE).fill(null);
const prevPos = new Int32Array(MEMO_SIZE).fill(-1);
const prevWords = new Array<Word | null>(MEMO_SIZE).fill(null);

function useMemoFor(text: string): void {
  if (text === memoText) return;
  memoText = text;
  nextPos.fill(-1);
  prevPos.fill(-1);
}

/** The word after `pos`, skipping blanks (not newlines); null if punctuation, a digit or a line end comes first. */
export function nextWord(text: string, from: number): Word | null {
  useMemoFor(text);
  const pos = skipBlanks(text, from);
  const slot = pos & (MEMO_SIZE - 1);
  if (nextPos[slot] === pos) return nextWords[slot]!;
  const word = readNext(text, pos);
  nextPos[slot] = pos;
  nextWords[slot] = word;
  return word;
}

/** The word before `pos`, skipping blanks (not newlines); null if punctuation, a digit or a line start comes first. */
export function prevWord(text: string, from: number): Word | null {
  useMemoFor(text);
  const pos = skipBlanksBack(text, from);
  const slot = pos & (MEMO_SIZE - 1);
  if (prevPos[slot] === pos) return prevWords[slot]!;
  const word = readPrev(text, pos);
  prevPos[slot] = pos;
  prevWords[slot] = word;
  return word;
}

function readNext(text: string, i: number): Word | null {
  const first = text.charCodeAt(i);
  if (i >= text.length || !isLetterCode(first)) return null;
  let capital = mayLower(first);
  let j = i + 1;
  for (; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (isAsciiLetter(c)) {
      if (c <= 90) capital = true;
    } else if (inWord(text, j)) {
      if (c >= 128) capital = true;
    } else break;
  }
  return make(text, i, j, capital);
}

function readPrev(text: string, j: number): Word | null {
  const last = text.charCodeAt(j - 1);
  if (j <= 0 || !isLetterCode(last)) return null;
  let capital = mayLower(last);
  let i = j - 1;
  for (; i > 0; i--) {
    const c = text.charCodeAt(i - 1);
    if (isAsciiLetter(c)) {
      if (c <= 90) capital = true;
    } else if (inWord(text, i - 1)) {
      if (c >= 128) capital = true;
    } else break;
  }
  return make(text, i, j, capital);
}

/** Index of the first non-blank character at or after `pos` (not crossing newlines). */
export function skipBlanks(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && isBlank(text.charCodeAt(i))) i++;
  return i;
}

/** Index just after the last non-blank character before `pos` (not crossing newlines). */
export function skipBlanksBack(text: string, pos: number): number {
  let i = pos;
  while (i > 0 && isBlank(text.charCodeAt(i - 1))) i--;
  return i;
}

/** True when the word starts with an upper-case letter. */
export function isCapitalized(word: Word): boolean {
  const c = word.text[0]!;
  return c !== c.toLowerCase();
}

/** True when an upper-case letter appears after the first character ("iPhone", "COVID", "McLaren"). */
export function hasInnerCapital(word: Word): boolean {
  for (let i = 1; i < word.text.length; i++) {
    const c = word.text[i]!;
    if (c !== c.toLowerCase() && c === c.toUpperCase()) return true;
  }
  return false;
}
