// Table-driven cases for labels: the noun phrase after the number, grown by participles, "and" and
// "of/for"; the subject before it; list rows; elided nouns taken from context.

import { describe, expect, it } from 'vitest';
import { statsOf } from './helpers';

describe('labels', () => {
  it.each([
    ['22,922 armored fighting vehicles were lost.', 22922, 'armored fighting vehicles'],
    ['It lost 1,427 multiple launch rocket systems.', 1427, 'multiple launch rocket systems'],
    ['It lost 53,593 vehicles and fuel tanks, and more.', 53593, 'vehicles and fuel tanks'],
    ['Over 1 million troops killed or wounded since 2022.', 1e6, 'troops killed or wounded'],
    ['It set up 110 new locations for its air defenses.', 110, 'new locations for its air defenses'],
    ['Ukraine received 31 Abrams tanks.', 31, 'Abrams tanks'],
    ['The army fired 1.5 million rounds of ammunition.', 1.5e6, 'rounds of ammunition'],
    ['About 40 others remain missing.', 40, 'others'],
    ['Some 300 people were evacuated.', 300, 'people'],
    ['The death toll has risen to 300.', 300, 'death toll'],
    ['Earnings per share of $1.52 beat forecasts.', 1.52, 'Earnings per share'],
    ['The firm took a 12.5% stake in the bank.', 12.5, 'stake'],
    ['A survey of 2,000 adults was published.', 2000, 'adults'],
    ['Liverpool have 10 wins this season.', 10, 'wins'],
    ['Prices saw a 5% rise in March.', 5, 'rise'],
    ['Revenue rose 8% to $4.2bn.', 4.2e9, 'Revenue'],
    ['A second quake of magnitude 7.5 struck hours later.', 7.5, 'second quake'],
    ['Chipmaker revenue jumps 94% in a year.', 94, 'Chipmaker revenue'],
    ['Poland will buy 12 F-16s from the US.', 12, 'F-16s'],
    ['They bought 40 Su-34s and 3 F-35As last year.', 40, 'Su-34s'],
    ['They bought 40 Su-34s and 3 F-35As last year.', 3, 'F-35As'],
    ['The airline ordered 50 A320s.', 50, 'A320s'],
    ['The Dow fell 500 points, or 1.3%, on Monday.', 1.3, 'points'],
  ])('%s', (sentence, value, label) => {
    const stat = statsOf(sentence).find((s) => s.value === value);
    expect(stat?.label).toBe(label);
  });

  it('adds the time scope of a daily figure', () => {
    const [stat] = statsOf('The losses mounted over the past day, with Russian forces suffering 1,070 casualties.');
    expect(stat).toMatchObject({ value: 1070, label: 'casualties over the past day' });
  });

  it('names an elided noun after the figure it totals', () => {
    const stats = statsOf('It set up 110 new locations for its air defenses, bringing the total number close to 120 – more than before.');
    expect(stats.map((s) => [s.value, s.approx, s.label])).toEqual([
      [110, false, 'new locations for its air defenses'],
      [120, true, 'total number of new locations for its air defenses'],
    ]);
  });

  it('does not take a verb for the counted noun', () => {
    const stat = statsOf('A poll found that 62 per cent support the plan.').find((s) => s.value === 62);
    expect(stat?.label).not.toBe('support');
  });

  it('does not read a label across another figure', () => {
    const stats = statsOf('The bank raised rates by 25 basis points to 5.5%.');
    const rate = stats.find((s) => s.value === 5.5);
    expect(rate?.label).not.toContain('basis points');
  });

  it('stops the label at a following number word', () => {
    const stats = statsOf('Russia launched 43 drones and three missiles overnight.');
    expect(stats.map((s) => [s.value, s.label])).toEqual([
      [43, 'drones'],
      [3, 'missiles'],
    ]);
  });
});
