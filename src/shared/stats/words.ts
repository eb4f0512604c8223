// Reads the words next to a position, within a line: the small lexer the label and exclusion
// rules share. It knows letters, spaces and apostrophes; it knows no grammar.

/** A word of the text. */
export interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
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

function make(text: string, start: number, end: number): Word {
  const t = text.slice(start, end);
  return { text: t, lower: t.toLowerCase(), start, end };
}

/**
 * The rules ask about the same few words around a number many times: a small direct-mapped memo of
 * recent answers, keyed by text and position (answers are immutable), saves most of the re-reading.
 */
const MEMO_SIZE = 64;
const nextMemo = { texts: new Array<string | undefined>(MEMO_SIZE), pos: new Int32Array(MEMO_SIZE), words: new Array<Word | null>(MEMO_SIZE) };
const prevMemo = { texts: new Array<string | undefined>(MEMO_SIZE), pos: new Int32Array(MEMO_SIZE), words: new Array<Word | null>(MEMO_SIZE) };

/** The word after `pos`, skipping blanks (not newlines); null if punctuation, a digit or a line end comes first. */
export function nextWord(text: string, from: number): Word | null {
  const pos = skipBlanks(text, from);
  const slot = pos & (MEMO_SIZE - 1);
  if (nextMemo.texts[slot] === text && nextMemo.pos[slot] === pos) return nextMemo.words[slot]!;
  const word = readNext(text, pos);
  nextMemo.texts[slot] = text;
  nextMemo.pos[slot] = pos;
  nextMemo.words[slot] = word;
  return word;
}

/** The word before `pos`, skipping blanks (not newlines); null if punctuation, a digit or a line start comes first. */
export function prevWord(text: string, from: number): Word | null {
  const pos = skipBlanksBack(text, from);
  const slot = pos & (MEMO_SIZE - 1);
  if (prevMemo.texts[slot] === text && prevMemo.pos[slot] === pos) return prevMemo.words[slot]!;
  const word = readPrev(text, pos);
  prevMemo.texts[slot] = text;
  prevMemo.pos[slot] = pos;
  prevMemo.words[slot] = word;
  return word;
}

function readNext(text: string, i: number): Word | null {
  if (i >= text.length || !isLetterCode(text.charCodeAt(i))) return null;
  let j = i + 1;
  while (j < text.length && inWord(text, j)) j++;
  return make(text, i, j);
}

function readPrev(text: string, j: number): Word | null {
  if (j <= 0 || !isLetterCode(text.charCodeAt(j - 1))) return null;
  let i = j - 1;
  while (i > 0 && inWord(text, i - 1)) i--;
  return make(text, i, j);
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
