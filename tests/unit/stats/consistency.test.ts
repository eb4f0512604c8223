// Consistency warnings: the same figure or date stated differently in the title and the body, and
// no warning when they agree or talk about different things.

import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/shared/stats';

function warningsOf(title: string, bodyText: string): ReturnType<typeof extract>['warnings'] {
  const text = `${title}\n\n${bodyText}`;
  const result = extract(text);
  for (const w of result.warnings) {
    expect(text.slice(w.title.start, w.title.end)).toBe(w.title.text);
    expect(text.slice(w.body.start, w.body.end)).toBe(w.body.text);
    expect(w.title.end).toBeLessThanOrEqual(title.length);
    expect(w.body.start).toBeGreaterThan(title.length);
  }
  return result.warnings;
}

describe('number warnings', () => {
  it('flags a malformed separator in the title', () => {
    const [w, ...rest] = warningsOf('Russia lost 1,020.010 troops', 'Russia has lost around 1,020,010 troops, the staff said.');
    expect(rest).toEqual([]);
    expect(w).toMatchObject({ kind: 'number', title: { text: '1,020.010 troops' }, body: { text: '1,020,010 troops' } });
    expect(w!.message).toMatch(/1,020\.010.*1,020,010/);
  });

  it('flags the same digits with a different value', () => {
    const [w] = warningsOf('Storm leaves 1.2 million homes without power', 'The storm left 12 million homes without power.');
    expect(w).toMatchObject({ kind: 'number', title: { text: '1.2 million homes' }, body: { text: '12 million homes' } });
  });

  it.each([
    ['agreeing figures', 'Russia lost 1,020,010 troops', 'Russia has lost 1,020,010 troops.'],
    ['the same figure in another separator style', 'Russia lost 1 020 010 troops', 'Russia has lost 1,020,010 troops.'],
    ['the same digits counting other things', 'Russia lost 1,020 tanks', 'It also lost 1.020 million litres of fuel and 1,020 drones.'],
    ['unrelated figures', 'Quake kills 300 people', 'Rescuers pulled 45 survivors from 12 buildings.'],
    ['a rounded figure', 'Over 1 million troops lost', 'Russia has lost 1,020,010 troops.'],
  ])('stays silent for %s', (_name, title, bodyText) => {
    expect(warningsOf(title, bodyText).filter((w) => w.kind === 'number')).toEqual([]);
  });
});

describe('date warnings', () => {
  it('flags a title start date that disagrees with the body', () => {
    const [w] = warningsOf('Russia lost 500 tanks between Feb. 24, 2020 and today', 'Russia has lost 500 tanks since February 2022.');
    expect(w).toMatchObject({ kind: 'date', title: { text: 'Feb. 24, 2020' }, body: { text: 'since February 2022' } });
    expect(w!.message).toContain('2020-02-24');
  });

  it('flags the same month given in another year', () => {
    const [w] = warningsOf('Floods of March 2021 recalled', 'The floods of March 2012 destroyed 300 homes.');
    expect(w).toMatchObject({ kind: 'date', title: { text: 'March 2021' }, body: { text: 'March 2012' } });
  });

  it.each([
    ['the same date', 'Invasion began on Feb. 24, 2022', 'The invasion began on February 24, 2022.'],
    ['a date the body makes more precise', 'Talks set for June 2024', 'Talks open on June 12, 2024 in Geneva.'],
    ['dates of different events', 'Election held on May 5, 2024', 'The previous vote, in October 2019, was close.'],
    ['a body with no date', 'Election held on May 5, 2024', 'Turnout was 61 per cent.'],
  ])('stays silent for %s', (_name, title, bodyText) => {
    expect(warningsOf(title, bodyText).filter((w) => w.kind === 'date')).toEqual([]);
  });
});

describe('title range', () => {
  it('uses the given title range instead of the first line', () => {
    const text = 'Kyiv Independent\nRussia lost 1,020.010 troops\nRussia has lost 1,020,010 troops.';
    const start = text.indexOf('Russia');
    const end = text.indexOf('\n', start);
    expect(extract(text).warnings).toEqual([]);
    expect(extract(text, { titleRange: { start, end } }).warnings.map((w) => w.kind)).toEqual(['number']);
  });
});
