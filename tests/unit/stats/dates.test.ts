// Dates through chrono-node: absolute dates at their precision, relative dates only when the
// article's date is known, and the numbers inside dates never listed as statistics.

import { describe, expect, it } from 'vitest';
import { body } from './helpers';

describe('absolute dates', () => {
  it.each([
    ['The war began on Feb. 24, 2022.', 'Feb. 24, 2022', '2022-02-24'],
    ['Losses have mounted since February 2022.', 'February 2022', '2022-02'],
    ['The treaty was signed on 24 February 2022 in Minsk.', '24 February 2022', '2022-02-24'],
    ['The report is dated 2020-02-24.', '2020-02-24', '2020-02-24'],
    ['It happened on the 5th of June 2019.', '5th of June 2019', '2019-06-05'],
    ['Shares peaked on September 3, 2021, analysts said.', 'September 3, 2021', '2021-09-03'],
  ])('%s', (sentence, text, iso) => {
    const { dates, statistics } = body(sentence);
    expect(dates).toEqual([expect.objectContaining({ text, iso })]);
    expect(statistics).toEqual([]);
    expect(sentence.slice(dates[0]!.start, dates[0]!.end)).toBe(text);
  });

  it('does not give a date without a year when the article date is unknown', () => {
    expect(body('The vote is on March 5.').dates).toEqual([]);
  });

  it('does not take the verb "may" or a lone year for a date', () => {
    expect(body('Prices may rise in 2025, officials said.').dates).toEqual([]);
  });
});

describe('relative dates', () => {
  const published = new Date(2025, 5, 10, 12);

  it('ignores relative dates when the article date is unknown', () => {
    expect(body('The strike happened yesterday, officials said last week.').dates).toEqual([]);
  });

  it('resolves them against the article date when it is known', () => {
    const { dates } = body('The strike happened yesterday, and the vote is on March 5.', { referenceDate: published });
    expect(dates).toEqual([
      expect.objectContaining({ text: 'yesterday', iso: '2025-06-09' }),
      expect.objectContaining({ text: 'March 5', iso: '2025-03-05' }),
    ]);
  });

  it('does not take a duration ("the past day") for a date', () => {
    expect(body('Losses mounted over the past day.', { referenceDate: published }).dates).toEqual([]);
  });

  it('keeps the numbers of relative dates out of the statistics', () => {
    const { statistics, dates } = body('The bridge was hit two days ago by 12 missiles.', { referenceDate: published });
    expect(dates.map((d) => d.iso)).toEqual(['2025-06-08']);
    expect(statistics.map((s) => s.value)).toEqual([12]);
  });
});
