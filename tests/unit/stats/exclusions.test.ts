// Table-driven cases for numbers that are not statistics: years, clock times, roman numerals,
// model names, ordinals, page numbers, dates, ages, time windows and idioms with "one".

import { describe, expect, it } from 'vitest';
import { statsOf } from './helpers';

describe('not statistics', () => {
  it.each([
    ['a year on its own', 'The law was passed in 2020 after a long debate.'],
    ['a year before a noun', 'The 2024 election was close.'],
    ['a year at the start of a sentence', '2019 saw a sharp rise in prices.'],
    ['a range of years', 'The 2014-2022 period was turbulent.'],
    ['a season', 'He was top scorer in the 2014-15 season.'],
    ['a clock time', 'The meeting started at 10:30 and ended late.'],
    ['a clock time with p.m.', 'Polls close at 8 p.m. local time.'],
    ['a clock time with pm', 'Polls close at 8pm local time.'],
    ['a roman numeral', 'Pope Leo XIV welcomed the pilgrims.'],
    ['a product name', 'Users of Windows 8 should upgrade.'],
    ['a phone model', 'The iPhone 15 sold well.'],
    ['a disease name', 'COVID-19 spread quickly.'],
    ['a jet', 'The F-16 landed safely.'],
    ['a bomber', 'A Su-34 was shot down.'],
    ['an aircraft model', 'The airline grounded its Boeing 737 fleet.'],
    ['an ordinal with a suffix', 'The 3rd brigade advanced.'],
    ['an ordinal word', 'He finished first and she came second.'],
    ['a page number', 'The figure is on page 12 of the report.'],
    ['an abbreviated page number', 'See p. 4 for details.'],
    ['an article of a treaty', 'Nato invoked Article 5 for the first time.'],
    ['a day of a date', 'The invasion began on Feb. 24, 2022.'],
    ['a numeric date', 'The decree was signed on 24/02/2022.'],
    ['an ISO date', 'The decree was signed on 2022-02-24.'],
    ['"One thing is clear"', 'One thing is clear: the war will go on.'],
    ['"one of the"', 'He is one of the best players.'],
    ['"no one"', 'No one was injured in the attack.'],
    ['"at one point"', 'At one point the crowd surged forward.'],
    ['an anaphoric number', 'Relations between the two countries worsened.'],
    ['a time window', 'Over the past 24 hours the front was quiet.'],
    ['a time window in words', 'Talks will resume within two weeks.'],
    ['a time ago', 'The bridge collapsed three years ago.'],
    ['an age', 'A man aged 45 was arrested.'],
    ['an adjectival age', 'A 25-year-old man was arrested.'],
    ['an adjectival duration', 'The government unveiled a 10-year plan.'],
    ['a fraction word', 'Two-thirds of voters agreed.'],
    ['a citation marker', 'The claim was disputed [12] by others.'],
    ['a version number', 'The app was updated to version 2.4.1 yesterday.'],
    ['a number with no counted noun', 'He said 40 and left.'],
    ['a decade', 'Prices were lower in the 1990s.'],
  ])('%s', (_name, sentence) => {
    expect(statsOf(sentence).map((s) => s.text)).toEqual([]);
  });

  it('still counts a four-digit number that counts something', () => {
    expect(statsOf('Russia lost 2000 troops near the town.').map((s) => s.value)).toEqual([2000]);
  });

  it('still counts "one" when it counts a person', () => {
    expect(statsOf('One soldier was killed and two were wounded.')[0]).toMatchObject({ value: 1, label: 'soldier' });
  });

  it('still counts durations that are quantities', () => {
    expect(statsOf('She was sentenced to 10 years in prison.')[0]).toMatchObject({ value: 10, kind: 'measure', unit: 'years' });
  });
});
