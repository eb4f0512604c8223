import { describe as group, expect, it } from 'vitest';
import { anchorAll, describe, type AnchorItem } from '../../../src/shared/anchoring';
import { SAMPLE, edit, spanOf } from './sample';

const item = (id: string, needle: string, nth = 0): AnchorItem => {
  const { start, end } = spanOf(SAMPLE, needle, nth);
  return { id, ...describe(SAMPLE, start, end) };
};

const INSERTED = 'UPDATE: figures revised.\n';
const withInsertion = SAMPLE.replace('Russia has suffered', `${INSERTED}Russia has suffered`);
const deleted = 'Pope Leo XIV welcomed Ukrainian Greek Catholic pilgrims to the Vatican and offered his blessing to mothers of soldiers killed on the front lines.';

group('anchorAll', () => {
  // Deliberately out of text order, with nested and partly overlapping ranges.
  const items: AnchorItem[] = [
    item('later', 'Azerbaijan has cancelled all planned cultural events'),
    item('outer', 'The losses have been mounting steadily over the past day, with Russian forces suffering 1,070 casualties.'),
    item('inner', 'Russian forces'),
    item('overlapLeft', 'In a recent statement, Mayor Andrii Sadovyi'),
    item('overlapRight', 'Andrii Sadovyi reported that despite'),
    item('gone', deleted),
    item('repeat', 'Ukraine', 5),
  ];

  it('places every highlight where its text now is, nested and overlapping ones included', () => {
    const text = edit(withInsertion, ` ${deleted}`, '');
    const { placed, orphans } = anchorAll(text, items);
    expect(orphans).toEqual(['gone']);
    expect([...placed.keys()]).toEqual(['later', 'outer', 'inner', 'overlapLeft', 'overlapRight', 'repeat']);
    const deletedAt = SAMPLE.indexOf(deleted);
    for (const it of items.filter((i) => i.id !== 'gone')) {
      const a = placed.get(it.id)!;
      const old = it.position!.start;
      expect(text.slice(a.start, a.end), it.id).toBe(it.quote.exact);
      expect(a.start, it.id).toBe(old + INSERTED.length - (old > deletedAt ? deleted.length + 1 : 0));
    }
    const outer = placed.get('outer')!;
    const inner = placed.get('inner')!;
    expect(inner.start).toBeGreaterThan(outer.start);
    expect(inner.end).toBeLessThan(outer.end);
    expect(placed.get('overlapRight')!.start).toBeLessThan(placed.get('overlapLeft')!.end);
  });

  it('uses the position path for every highlight when the text is unchanged', () => {
    const { placed, orphans } = anchorAll(SAMPLE, items);
    expect(orphans).toEqual([]);
    expect([...placed.values()].every((a) => a.method === 'position' && a.score === 1)).toBe(true);
  });

  it('orphans everything in an unrelated text instead of guessing', () => {
    const other = 'A short note about gardening: water tomatoes in the morning, never at noon.\n'.repeat(20);
    const { placed, orphans } = anchorAll(other, items);
    expect(placed.size).toBe(0);
    expect(orphans).toEqual(items.map((i) => i.id));
  });
});
