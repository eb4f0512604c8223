// Guesses a word's part of speech from its shape and the lexicon: is it a plural noun, a verb form,
// a function word? Heuristics for English news prose; no tagger, no context beyond the word.

import { STOP_WORDS } from './lexicon';
import { IN } from './lexiconBits';
import type { Word } from './words';

/** True for a word that looks like a plural noun ("tanks", "casualties", "people"). */
export function isPluralNoun(w: Word): boolean {
  if (w.lists & IN.irregularPlural) return true;
  const lower = w.lower;
  const n = lower.length;
  if (n < 3 || lower.charCodeAt(n - 1) !== 115 /* s */) return false;
  if (w.lists & (IN.notPlural | IN.stop)) return false;
  // Not -ss, -us, -is, -'s, -’s.
  const c = lower.charCodeAt(n - 2);
  return !(c === 115 || c === 117 || c === 105 || c === 39 || c === 0x2019);
}

/** True for a word that looks like a verb form rather than a noun ("killed", "bringing", "rose"). */
export function isVerbLike(w: Word): boolean {
  if (w.lists & IN.linking) return true;
  const lower = w.lower;
  return lower.length > 4 && (lower.endsWith('ed') || lower.endsWith('ing'));
}

/** True for a word a noun phrase can contain: not a function word. */
export function isContentWord(lower: string): boolean {
  return !STOP_WORDS.has(lower);
}
