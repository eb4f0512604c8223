// Which of the lexicon's word lists hold a word, as one bit set: a word read from the text is
// looked up once, and every later "is it a stop word / a linking verb / …" is a bit test.

import {
  ANAPHORIC_BEFORE,
  APPROX_PHRASES,
  APPROX_WORDS,
  BACK_SKIP,
  CLOCK_WORDS,
  CURRENCY_CODES,
  CURRENCY_WORDS,
  DETERMINERS,
  DIMENSIONS,
  DIRECTIONS,
  FILLERS,
  IRREGULAR_PLURALS,
  LABEL_PARTICIPLES,
  LINKING_VERBS,
  MAGNITUDE_ABBREVIATIONS,
  MULTIPLIERS,
  NOT_PLURAL,
  ONE_IDIOM_BEFORE,
  PERIOD_START_WORDS,
  REFERENCE_NOUNS,
  SMALL_NUMBERS,
  STOP_WORDS,
  TIME_UNITS,
  TIME_WINDOW_AFTER,
  TIME_WINDOW_BEFORE,
  UNIT_ABBREVIATIONS,
  UNIT_PHRASES,
  UNIT_WORDS,
  VAGUE_NOUNS,
  YEAR_BEFORE,
} from './lexicon';

/** One bit per list (`Word.lists & IN.stop` is STOP_WORDS.has(word.lower)). */
export const IN = {
  stop: 1 << 0,
  linking: 1 << 1,
  approx: 1 << 2,
  /** The last word of an approximating phrase or an approximating word ("than", "to", "over"). */
  approxEnd: 1 << 3,
  backSkip: 1 << 4,
  determiner: 1 << 5,
  participle: 1 << 6,
  direction: 1 << 7,
  timeUnit: 1 << 8,
  /** SMALL_NUMBERS or MULTIPLIERS. */
  numberWord: 1 << 9,
  irregularPlural: 1 << 10,
  notPlural: 1 << 11,
  reference: 1 << 12,
  yearBefore: 1 << 13,
  windowBefore: 1 << 14,
  windowAfter: 1 << 15,
  anaphoric: 1 << 16,
  oneIdiom: 1 << 17,
  vague: 1 << 18,
  periodStart: 1 << 19,
  filler: 1 << 20,
  dimension: 1 << 21,
  /**
   * A word the suffix reader (affixes.ts) looks up after a number, lower-cased: a magnitude, clock
   * word, percent word, currency, unit, time unit or the first word of a unit phrase.
   */
  suffix: 1 << 22,
} as const;

const SUFFIX_WORDS = [
  ...MULTIPLIERS.keys(),
  ...MAGNITUDE_ABBREVIATIONS.keys(),
  ...CLOCK_WORDS,
  'percent',
  'pct',
  'per',
  'percentage',
  ...CURRENCY_WORDS.keys(),
  ...CURRENCY_CODES,
  ...UNIT_PHRASES.map((phrase) => /^[^ /]+/.exec(phrase)![0]),
  ...UNIT_WORDS,
  ...UNIT_ABBREVIATIONS,
  ...TIME_UNITS,
].map((w) => w.toLowerCase());

const LISTS: ReadonlyArray<readonly [Iterable<string>, number]> = [
  [STOP_WORDS, IN.stop],
  [LINKING_VERBS, IN.linking],
  [APPROX_WORDS, IN.approx],
  [[...APPROX_PHRASES.map((p) => p.split(' ').pop()!), ...APPROX_WORDS], IN.approxEnd],
  [BACK_SKIP, IN.backSkip],
  [DETERMINERS, IN.determiner],
  [LABEL_PARTICIPLES, IN.participle],
  [DIRECTIONS, IN.direction],
  [TIME_UNITS, IN.timeUnit],
  [SMALL_NUMBERS.keys(), IN.numberWord],
  [MULTIPLIERS.keys(), IN.numberWord],
  [IRREGULAR_PLURALS, IN.irregularPlural],
  [NOT_PLURAL, IN.notPlural],
  [REFERENCE_NOUNS, IN.reference],
  [YEAR_BEFORE, IN.yearBefore],
  [TIME_WINDOW_BEFORE, IN.windowBefore],
  [TIME_WINDOW_AFTER, IN.windowAfter],
  [ANAPHORIC_BEFORE, IN.anaphoric],
  [ONE_IDIOM_BEFORE, IN.oneIdiom],
  [VAGUE_NOUNS, IN.vague],
  [PERIOD_START_WORDS, IN.periodStart],
  [FILLERS, IN.filler],
  [DIMENSIONS, IN.dimension],
  [SUFFIX_WORDS, IN.suffix],
];

const BITS = new Map<string, number>();
for (const [words, bit] of LISTS) for (const w of words) BITS.set(w, (BITS.get(w) ?? 0) | bit);

/** The IN bits of the lists holding `lower` (a lower-case word); 0 when none does. */
export function listsOf(lower: string): number {
  return BITS.get(lower) ?? 0;
}
