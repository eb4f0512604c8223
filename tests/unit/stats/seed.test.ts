// The sample article against its hand labels (tests/fixtures/seed.expected.json): precision and
// recall of the statistics, both dates, both consistency warnings, and no listed non-statistic.

import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/shared/stats';
import type { Statistic } from '../../../src/shared/types';
import { offsetsHold } from './helpers';

interface Expected {
  article: string;
  statistics: Array<{ text: string; value: number; key: string; approx?: boolean; where?: string }>;
  not_statistics: string[];
  dates: Array<{ text: string; iso: string }>;
  consistency: Array<{ kind: 'number' | 'date'; title: string; body: string }>;
}

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
// The labels as shipped with the repository (a copy of the workplace's shared/fixtures/seed.expected.json,
// so a clone anywhere runs this test); where the shared copy sits beside the repository, they must agree.
const fixturePath = resolve(repo, 'tests/fixtures/seed.expected.json');
const sharedPath = resolve(repo, '../shared/fixtures/seed.expected.json');
const expected = JSON.parse(readFileSync(fixturePath, 'utf8')) as Expected;
// The article path is relative to the shared fixture; the repository ships the same file in seeds/.
const articlePath = resolve(repo, 'seeds', basename(expected.article));
const text = readFileSync(articlePath, 'utf8');
const result = extract(text);

/** One-to-one matching: same value and a label containing the key. */
function match(stats: Statistic[]): { pairs: Array<[number, Statistic]>; unmatched: Statistic[] } {
  const free = [...stats];
  const pairs: Array<[number, Statistic]> = [];
  expected.statistics.forEach((e, i) => {
    const at = free.findIndex((s) => s.value === e.value && s.label.toLowerCase().includes(e.key.toLowerCase()));
    if (at >= 0) pairs.push([i, free.splice(at, 1)[0]!]);
  });
  return { pairs, unmatched: free };
}

describe('the hand labels', () => {
  it.runIf(existsSync(sharedPath))('are the same as the shared copy beside the repository (as in CI)', () => {
    expect(readFileSync(fixturePath, 'utf8')).toBe(readFileSync(sharedPath, 'utf8'));
  });
});

describe('sample article', () => {
  const { pairs, unmatched } = match(result.statistics);

  it('finds the hand-labelled statistics with precision and recall ≥ 0.95', () => {
    const precision = pairs.length / result.statistics.length;
    const recall = pairs.length / expected.statistics.length;
    expect(unmatched.map((s) => `${s.text} → ${s.label}`)).toEqual([]);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });

  it('marks exactly the approximate figures as approximate', () => {
    for (const [i, stat] of pairs) expect([stat.text, stat.approx]).toEqual([stat.text, expected.statistics[i]!.approx ?? false]);
  });

  it('reads the malformed title figure as the body figure', () => {
    const title = result.statistics.find((s) => s.text === '1,020.010');
    expect(title).toMatchObject({ value: 1020010, label: 'troops' });
  });

  it('lists none of the non-statistics', () => {
    const phrases = ['Pope Leo XIV', 'One thing is clear', 'past day', 'no one', 'the two countries'];
    for (const phrase of phrases) {
      const at = text.indexOf(phrase);
      expect(at, phrase).toBeGreaterThanOrEqual(0);
      const overlapping = result.statistics.filter((s) => s.start < at + phrase.length && s.end > at);
      expect(overlapping, phrase).toEqual([]);
    }
  });

  it('finds both dates with their precision', () => {
    for (const d of expected.dates) expect(result.dates).toContainEqual(expect.objectContaining({ text: d.text, iso: d.iso }));
    expect(result.dates).toHaveLength(expected.dates.length);
  });

  it('raises both consistency warnings, passages pointing at the title and the body', () => {
    expect(result.warnings).toHaveLength(expected.consistency.length);
    for (const c of expected.consistency) {
      const w = result.warnings.find((x) => x.kind === c.kind);
      expect(w, c.kind).toBeDefined();
      expect([w!.title.text, w!.body.text]).toEqual([c.title, c.body]);
      expect(w!.title.end).toBeLessThan(text.indexOf('\n'));
      expect(w!.body.start).toBeGreaterThan(text.indexOf('\n'));
      expect(w!.message).toContain(c.title.split(' ')[0]!);
    }
  });

  it('keeps every offset pointing at its text', () => {
    expect(offsetsHold(text, result)).toBe(true);
  });

  it('attaches the sentence each figure was found in', () => {
    const drones = result.statistics.find((s) => s.value === 42796)!;
    expect(drones.sentence).toMatch(/^According to the General Staff.*42,796 drones\.$/);
  });
});
