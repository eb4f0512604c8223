// The extractor on awkward input: offsets stay exact around astral characters and odd whitespace,
// empty and hostile texts do not throw, and pathological inputs stay linear (no regex blow-up).

import { describe, expect, it } from 'vitest';
import { EXTRACTOR_VERSION, extract } from '../../../src/shared/stats';
import { generateCorpus } from '../../../bench/stats';
import { offsetsHold } from './helpers';

describe('offsets', () => {
  it('are UTF-16 indices, exact after emoji and accented text', () => {
    const text = 'Résumé 🚀🚀\nLes pompiers 🚒 ont sauvé 1,200 résidents. Über 😀 40 drones were downed.';
    const result = extract(text);
    expect(offsetsHold(text, result)).toBe(true);
    expect(result.statistics.map((s) => s.value)).toEqual([1200, 40]);
  });

  it('hold on a generated news corpus', () => {
    const text = generateCorpus(200_000, 7);
    const result = extract(text);
    expect(result.statistics.length).toBeGreaterThan(500);
    expect(offsetsHold(text, result)).toBe(true);
    for (const s of result.statistics) expect(s.sentence).toContain(s.text);
  });
});

describe('hostile input', () => {
  it.each([
    ['empty', ''],
    ['blank', ' \n\t\n '],
    ['digits only', '1234567890'],
    ['a huge number', 'They counted 99999999999999999999999 stars.'],
    ['separators only', ',,,...   ---'],
    ['a lone currency sign', '$ € £'],
    ['unclosed brackets', '([{ 12'],
    // The number word's match starts after the accented letter, the rules read from the letter on:
    // this once looped forever.
    ['a number word glued to an accented letter', 'Thééseven people came. xoneéseven people. Café seven people.'],
    ['a NUL character', 'Item\u0000 12 tanks were lost.'],
  ])('%s does not throw', (_name, text) => {
    const result = extract(text);
    expect(offsetsHold(text, result)).toBe(true);
  });

  it.each([
    ['a long separator chain', '1,'.repeat(100_000)],
    ['a long digit run', '9'.repeat(200_000)],
    ['long runs of spaces and dashes', `${' '.repeat(100_000)}12${' -'.repeat(50_000)}`],
    ['a long run of number words', 'one two three '.repeat(10_000)],
    ['one huge line of list rows and dates', 'tanks - 854 units, in May 2021 and '.repeat(5_000)],
    ['one huge sentence of daily figures', 'over the past day 12 tanks and '.repeat(10_000)],
    // chrono reads month soup at ~0.1 MB/s: a long timeline, not megabytes of it.
    ['a dense timeline of month names', 'May June July '.repeat(3_000)],
  ])('stays fast on %s', (_name, text) => {
    const t0 = performance.now();
    extract(text);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

describe('version', () => {
  it('is a positive integer that caches can compare', () => {
    expect(Number.isInteger(EXTRACTOR_VERSION) && EXTRACTOR_VERSION > 0).toBe(true);
  });
});
