// Table-driven cases for reading quantities: separators, decimals, magnitudes, words, signs,
// percentages, money, measures, ranges, scores and list rows.

import { describe, expect, it } from 'vitest';
import type { Statistic } from '../../../src/shared/types';
import { statsOf } from './helpers';

type Case = [sentence: string, text: string, expected: Partial<Statistic>];

function check([sentence, text, expected]: Case): void {
  const stats = statsOf(sentence);
  const found = stats.find((s) => s.text === text);
  expect(found, `${text} in ${JSON.stringify(stats.map((s) => s.text))}`).toBeDefined();
  expect(found).toMatchObject(expected);
}

describe('numerals and separators', () => {
  it.each<Case>([
    ['Russia lost 1,020,010 troops.', '1,020,010', { value: 1020010, kind: 'count', label: 'troops' }],
    ['Russia lost 1 020 010 troops.', '1 020 010', { value: 1020010 }],
    ['Russia lost 1\u00a0020\u00a0010 troops.', '1\u00a0020\u00a0010', { value: 1020010 }],
    ['Russia lost 1.020.010 troops.', '1.020.010', { value: 1020010 }],
    ['Russia lost 1,020.010 troops.', '1,020.010', { value: 1020010 }],
    ['Die Stadt zählt 1.234.567,5 Tonnen Müll, and 3.25 tonnes more.', '3.25 tonnes', { value: 3.25, kind: 'measure' }],
    ['It cost 1,234,567.89 dollars.', '1,234,567.89 dollars', { value: 1234567.89, kind: 'money', unit: 'USD' }],
    ['The region has 850 schools.', '850', { value: 850, label: 'schools' }],
    ['Russia lost 1\u2009020\u2009010 troops.', '1\u2009020\u2009010', { value: 1020010 }],
    ['The state hired 1,00,000 teachers.', '1,00,000', { value: 100000, label: 'teachers' }],
    ['The scheme cost 5 crore rupees.', '5 crore rupees', { value: 5e7, kind: 'money', unit: 'INR' }],
  ])('%s → %s', (...c) => check(c));

  it('keeps two numbers apart when a space separates a year from a count', () => {
    const stats = statsOf('In 2019 125 people died.');
    expect(stats.map((s) => [s.text, s.value])).toEqual([['125', 125]]);
  });
});

describe('magnitudes and money', () => {
  it.each<Case>([
    ['Over 1 million troops were killed.', 'Over 1 million', { value: 1e6, approx: true, label: 'troops' }],
    ['The town had 21.6 thousand residents.', '21.6 thousand', { value: 21600, label: 'residents' }],
    ['The deal was valued at $3.5bn in cash.', '$3.5bn', { value: 3.5e9, kind: 'money', unit: 'USD', label: 'cash' }],
    ['The EU agreed a €2.4 trillion budget.', '€2.4 trillion', { value: 2.4e12, kind: 'money', unit: 'EUR', label: 'budget' }],
    ['He was fined £250,000 for the breach.', '£250,000', { value: 250000, kind: 'money', unit: 'GBP' }],
    ['Exports reached 2.4 trillion yen.', '2.4 trillion yen', { value: 2.4e12, kind: 'money', unit: 'JPY' }],
    ['The project costs 5 million euros.', '5 million euros', { value: 5e6, kind: 'money', unit: 'EUR' }],
    ['The fund holds US$ 40m in bonds.', 'US$ 40m', { value: 4e7, kind: 'money', unit: 'USD', label: 'bonds' }],
    ['About 10m people watched the final.', 'About 10m', { value: 1e7, kind: 'count', label: 'people', approx: true }],
    ['Revenue rose to $94.8 billion.', '$94.8 billion', { value: 94.8e9, label: 'Revenue' }],
    ['Quarterly revenue was $94.8 billion, up 6% from a year earlier.', '6%', { value: 6, kind: 'percent', label: 'Quarterly revenue' }],
  ])('%s → %s', (...c) => check(c));
});

describe('numbers written as words', () => {
  it.each<Case>([
    ['He tried to shoot down seven aerial targets.', 'seven', { value: 7, label: 'aerial targets' }],
    ['The raids killed two Azerbaijani citizens.', 'two', { value: 2, label: 'Azerbaijani citizens' }],
    ['Police detained twenty-one protesters.', 'twenty-one', { value: 21 }],
    ['A dozen tanks crossed the river.', 'A dozen', { value: 12, label: 'tanks' }],
    ['Two hundred and fifty workers lost their jobs.', 'Two hundred and fifty', { value: 250, label: 'workers' }],
    ['Three million people voted.', 'Three million', { value: 3e6, label: 'people' }],
    ['Two or three people were hurt.', 'Two or three', { value: 2, valueTo: 3, kind: 'range' }],
  ])('%s → %s', (...c) => check(c));
});

describe('changes, percentages and measures', () => {
  it.each<Case>([
    ['Tanks: 10,980 (+43)', '+43', { value: 43, kind: 'change', label: 'Tanks' }],
    ['Daily cases were up 43 from Monday.', '43', { value: 43, kind: 'change' }],
    ['Exports were down 12 on the week.', '12', { value: -12, kind: 'change' }],
    ['Inflation rose to 12.5% in March.', '12.5%', { value: 12.5, kind: 'percent', unit: '%', label: 'Inflation' }],
    ['Unemployment stood at 4.1 per cent.', '4.1 per cent', { value: 4.1, kind: 'percent' }],
    ['Support fell 3 percentage points.', '3 percentage points', { value: 3, kind: 'percent', unit: 'percentage points' }],
    ['The quake struck 5.2 km below the surface.', '5.2 km', { value: 5.2, kind: 'measure', unit: 'km' }],
    ['Temperatures reached 30 degrees on Friday.', '30 degrees', { value: 30, kind: 'measure', unit: 'degrees', label: 'Temperatures' }],
    ['A 7.1 magnitude earthquake hit the coast.', '7.1 magnitude', { value: 7.1, kind: 'measure', unit: 'magnitude', label: 'earthquake' }],
    ['A magnitude 6.4 earthquake hit the coast.', '6.4', { value: 6.4, kind: 'measure', unit: 'magnitude' }],
    ['A 7.1-magnitude earthquake hit the coast.', '7.1-magnitude', { value: 7.1, kind: 'measure', unit: 'magnitude' }],
    ['Fires burned 12,000 hectares of forest.', '12,000 hectares', { value: 12000, kind: 'measure', label: 'forest' }],
    ['The epicentre was 87 km south of the city.', '87 km', { label: 'south of the city' }],
    ['Temperatures fell to minus 12 degrees.', 'minus 12 degrees', { value: -12, kind: 'measure' }],
    ['Temperatures fell to -5C overnight.', '-5C', { value: -5, unit: 'C', label: 'Temperatures' }],
    ['Cars must slow to 50 km/h near schools.', '50 km/h', { value: 50, unit: 'km/h' }],
    ['Output hit 2 million barrels per day.', '2 million barrels per day', { value: 2e6, unit: 'barrels per day', label: 'Output' }],
  ])('%s → %s', (...c) => check(c));
});

describe('ranges and scores', () => {
  it.each<Case>([
    ['Between 10 and 12 people were arrested.', 'Between 10 and 12', { value: 10, valueTo: 12, kind: 'range', label: 'people' }],
    ['Officials expect 10-12 people to testify.', '10-12', { value: 10, valueTo: 12, kind: 'range', label: 'people' }],
    ['Analysts see losses of $10-12bn this year.', '$10-12bn', { value: 10e9, valueTo: 12e9, kind: 'range', unit: 'USD' }],
    ['The plan creates 5 to 6 million jobs.', '5 to 6 million', { value: 5e6, valueTo: 6e6, kind: 'range', label: 'jobs' }],
    ['Arsenal won 3-1 at home.', '3-1', { value: 3, valueTo: 1, kind: 'score' }],
    ['The Lakers edged the Celtics 112-104 on Sunday.', '112-104', { value: 112, valueTo: 104, kind: 'score' }],
    ['United drew 2–2 with City.', '2–2', { kind: 'score' }],
  ])('%s → %s', (...c) => check(c));

  it('reports "from 10 to 12" as two values, not a range', () => {
    const stats = statsOf('The toll rose from 10 to 12 people.');
    expect(stats.map((s) => s.kind)).not.toContain('range');
  });
});

describe('parts of a whole', () => {
  it.each<Case>([
    ['About one in five adults smoke.', 'About one in five', { value: 20, kind: 'percent', label: 'adults', approx: true }],
    ['Three out of four voters agreed.', 'Three out of four', { value: 75, kind: 'percent', label: 'voters' }],
    ['They won 12 of 15 games.', '12 of 15', { value: 12, kind: 'count', label: 'games' }],
  ])('%s → %s', (...c) => check(c));

  it('does not list the whole as a count of its own', () => {
    expect(statsOf('They won 12 of 15 games.').map((s) => s.value)).toEqual([12]);
  });

  it('does not take "5 in 2020" for a share', () => {
    expect(statsOf('The firm sold 5 in 2020.').map((s) => s.kind)).not.toContain('percent');
  });
});

describe('list rows', () => {
  const rows = 'Losses:\ntanks - 854 units\nArmored fighting vehicles — 22,922 (+12)\n• Drones: 42,796';
  it.each<Case>([
    [rows, '854', { value: 854, label: 'tanks', kind: 'count' }],
    [rows, '22,922', { value: 22922, label: 'Armored fighting vehicles' }],
    [rows, '+12', { value: 12, kind: 'change', label: 'Armored fighting vehicles' }],
    [rows, '42,796', { value: 42796, label: 'Drones' }],
  ])('%#: %s', (...c) => check(c));
});

describe('approximations', () => {
  it.each([
    ['over', 'Russia lost over 500 tanks.'],
    ['around', 'Russia lost around 500 tanks.'],
    ['about', 'Russia lost about 500 tanks.'],
    ['nearly', 'Russia lost nearly 500 tanks.'],
    ['close to', 'Russia lost close to 500 tanks.'],
    ['more than', 'Russia lost more than 500 tanks.'],
    ['up to', 'Russia lost up to 500 tanks.'],
    ['at least', 'Russia lost at least 500 tanks.'],
    ['an estimated', 'Russia lost an estimated 500 tanks.'],
    ['or so', 'Russia lost 500 or so tanks.'],
    ['plus', 'Russia lost 500+ tanks.'],
  ])('%s marks the figure approximate', (_word, sentence) => {
    const [stat] = statsOf(sentence);
    expect(stat).toMatchObject({ value: 500, approx: true, label: 'tanks' });
  });

  it('leaves exact figures exact', () => {
    expect(statsOf('Russia lost 500 tanks.')[0]).toMatchObject({ value: 500, approx: false });
  });
});
