import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../../src/main/services/services';
import { SEEDS, tempDir } from '../../support/tmp';

describe('highlights through the services, on a real library folder', () => {
  it('saves at once and survives a restart of the services', async () => {
    const dir = tempDir();
    const s = await createServices({ dir, seedsDir: SEEDS });
    const [article] = s.store.summaries();
    const text = s.views.derived(article!.id).text;
    const quote = '22,922 armored fighting vehicles';
    const start = text.indexOf(quote);
    const h = s.highlights.add({ articleId: article!.id, start, end: start + quote.length, exact: quote, color: 'pink', note: 'check', tags: ['war/equipment'] });
    expect(h.quote).toMatchObject({ exact: quote, prefix: text.slice(start - 32, start), suffix: text.slice(start + quote.length, start + quote.length + 32) });
    expect(h.position).toEqual({ type: 'TextPositionSelector', start, end: start + quote.length });
    s.highlights.update({ articleId: article!.id, id: h.id, color: 'green' });

    const again = await createServices({ dir, seedsDir: SEEDS });
    expect(again.store.summaries()).toHaveLength(1); // not seeded twice
    const [back] = again.highlights.list(article!.id);
    expect(back).toMatchObject({ id: h.id, color: 'green', note: 'check', tags: ['war/equipment'] });
    expect(again.store.summary(article!.id).highlightCount).toBe(1);

    const removed = again.highlights.remove(article!.id, h.id);
    expect(again.highlights.list(article!.id)).toEqual([]);
    again.highlights.restore(removed);
    expect(again.highlights.list(article!.id)).toEqual([back]);
  });

  it('refuses a selection whose text changed, and one outside the article', async () => {
    const s = await createServices({ dir: tempDir(), seedsDir: SEEDS });
    const [article] = s.store.summaries();
    expect(() => s.highlights.add({ articleId: article!.id, start: 10, end: 20, exact: 'not there', color: 'yellow' })).toThrow(/changed under the selection/);
    expect(() => s.highlights.add({ articleId: article!.id, start: 10, end: 10 ** 7, color: 'yellow' })).toThrow(/outside the article/);
  });
});

describe('margin highlight / highlights', () => {
  const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
  const margin = (args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'bin', 'margin.mjs'), ...args], { encoding: 'utf8', timeout: 60_000 });

  it('highlights by quote, lists as JSON, and explains missing or ambiguous quotes', () => {
    const lib = tempDir();
    const [row] = JSON.parse(margin(['list', '--json', '--library', lib]).stdout) as Array<{ id: string }>;
    const made = margin(['highlight', row!.id, '--quote', 'seven aerial targets', '--color', 'purple', '--note', 'airman', '--json', '--library', lib]);
    expect(made.status).toBe(0);
    const list = JSON.parse(margin(['highlights', row!.id, '--json', '--library', lib]).stdout) as Array<{ color: string; note: string; quote: { exact: string } }>;
    expect(list).toEqual([expect.objectContaining({ color: 'purple', note: 'airman', quote: expect.objectContaining({ exact: 'seven aerial targets' }) })]);

    const missing = margin(['highlight', row!.id, '--quote', 'no such words here', '--library', lib]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/not found in the article/);
    const ambiguous = margin(['highlight', row!.id, '--quote', 'Ukraine', '--library', lib]);
    expect(ambiguous.status).toBe(1);
    expect(ambiguous.stderr).toMatch(/appears \d+ times; add --prefix or --suffix/);
    const picked = margin(['highlight', row!.id, '--quote', 'Ukraine', '--prefix', 'invasion of ', '--library', lib]);
    expect(picked.status).toBe(0);
    expect(margin(['highlight', row!.id, '--quote', 'x', '--color', 'orange', '--library', lib]).status).toBe(2);
  });
});
