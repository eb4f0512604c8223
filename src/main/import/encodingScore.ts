// Scores how much a decoded text looks like real writing, to choose between single-byte encodings
// that chardet confuses (windows-1251 vs KOI8-R vs latin-1). Pure string work, no decoding here.

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
const GREEK = /\p{Script=Greek}/u;
/** Characters that real text almost never holds but wrong decodings produce: C1 controls, box drawing, odd signs. */
const SUSPECT = /[\u0080-\u009f\u00a4\u00a6\u00a8\u00ac\u00af\u00b1-\u00b4\u00b6\u00b8-\u00ba\u00bc-\u00be\u00d7\u00f7\u2219\u221a\u2248\u2264\u2265\u2320\u2321\u2500-\u25a0\ufffd]/u;

function scriptOf(ch: string): number {
  if (CYRILLIC.test(ch)) return 1;
  if (LATIN.test(ch)) return 2;
  if (GREEK.test(ch)) return 3;
  return 4;
}

/** Scores one word: lowercase and Capitalised letters count for it, mixed scripts and "wORD" case against it. */
function scoreWord(word: string[]): number {
  const scripts = new Set(word.map(scriptOf));
  if (scripts.size > 1) return -3 * word.length;
  const allUpper = word.length > 1 && word.every((ch) => !LOWER.test(ch));
  if (allUpper) return 0;
  let score = 0;
  word.forEach((ch, i) => {
    if (!UPPER.test(ch)) score += 1;
    else score += i === 0 ? 1 : -2;
  });
  return score;
}

/**
 * How plausible `text` is as human writing: higher is better. Comparable between decodings of
 * the same bytes, not between different texts.
 */
export function plausibility(text: string): number {
  let score = 0;
  let latinAscii = 0;
  let latinOther = 0;
  let word: string[] = [];
  const endWord = () => {
    if (word.length > 0) score += scoreWord(word);
    word = [];
  };
  for (const ch of text) {
    if (LETTER.test(ch)) {
      word.push(ch);
      if (ch < '\u0080') latinAscii++;
      else if (LATIN.test(ch)) latinOther++;
      continue;
    }
    endWord();
    if (SUSPECT.test(ch)) score -= 3;
  }
  endWord();
  // Western text has a few accented letters among many plain ones; Cyrillic read as latin-1 is all accents.
  if (latinOther > 0.3 * (latinAscii + latinOther)) score -= 2 * latinOther;
  return score;
}
