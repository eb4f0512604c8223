// Guesses a word's part of speech from its shape and the lexicon: is it a plural noun, a verb form,
// a function word? Heuristics for English news prose; no tagger, no context beyond the word.

import { IRREGULAR_PLURALS, LINKING_VERBS, NOT_PLURAL, STOP_WORDS } from './lexicon';

/** True for a word that looks like a plural noun ("tanks", "casualties", "people"). */
export function isPluralNoun(lower: string): boolean {
  if (IRREGULAR_PLURALS.has(lower)) return true;
  if (lower.length < 3 || lower.charCodeAt(lower.length - 1) !== 115 /* s */) return false;
  if (NOT_PLURAL.has(lower) || STOP_WORDS.has(lower)) return false;
  return !/(?:ss|us|is|'s|’s)$/.test(lower);
}

/** True for a word that looks like a verb form rather than a noun ("killed", "bringing", "rose"). */
export function isVerbLike(lower: string): boolean {
  if (LINKING_VERBS.has(lower)) return true;
  return lower.length > 4 && (lower.endsWith('ed') || lower.endsWith('ing'));
}

/** True for a word a noun phrase can contain: not a function word. */
export function isContentWord(lower: string): boolean {
  return !STOP_WORDS.has(lower);
}
