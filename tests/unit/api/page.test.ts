// articles.page: the library list in slices, in the list's slim row shape, through the dispatcher
// both transports use; and the first page's data block that web mode embeds in the app page.
import { describe, expect, it } from 'vitest';
import type { ArticlePage } from '../../../src/shared/api/contract';
import { FIRST_PAGE_ARGS, FIRST_PAGE_ELEMENT, FIRST_PAGE_ROWS, firstPageBlock } from '../../../src/shared/api/firstPage';
import type { Outcome } from '../../../src/shared/api/result';
import { createServices } from '../../../src/main/services/services';
import type { ArticleSummary } from '../../../src/shared/types';
import { generateLibrary } from '../../support/gen';
import { tempDir } from '../../support/tmp';

const value = <T>(o: Outcome<unknown>): T => {
  if (!o.ok) throw new Error(o.error.message);
  return o.value as T;
};

describe('articles.page', async () => {
  const dir = tempDir();
  const lib = generateLibrary(dir, { articles: 250 });
  const s = await createServices({ dir });
  const list = value<ArticleSummary[]>(await s.dispatch('articles.list', {}));

  it('slices the same list articles.list answers, and says how long the whole list is', async () => {
    const first = value<ArticlePage>(await s.dispatch('articles.page', FIRST_PAGE_ARGS));
    expect(first.total).toBe(250);
    expect(first.offset).toBe(0);
    expect(first.rows.map((r) => r.id)).toEqual(list.slice(0, FIRST_PAGE_ROWS).map((r) => r.id));
    const rest = value<ArticlePage>(await s.dispatch('articles.page', { offset: FIRST_PAGE_ROWS }));
    expect(rest).toMatchObject({ total: 250, offset: FIRST_PAGE_ROWS });
    expect([...first.rows, ...rest.rows].map((r) => r.id)).toEqual(list.map((r) => r.id));
    const all = value<ArticlePage>(await s.dispatch('articles.page', {}));
    expect(all.rows).toHaveLength(250);
    const beyond = value<ArticlePage>(await s.dispatch('articles.page', { offset: 1000, limit: 10 }));
    expect(beyond).toEqual({ total: 250, offset: 1000, rows: [] });
  });

  it('sends only what the list shows', async () => {
    const [row] = value<ArticlePage>(await s.dispatch('articles.page', { limit: 1 })).rows;
    const full = list[0]!;
    expect(row).toEqual({
      id: full.id,
      title: full.title,
      author: full.author,
      source: full.source,
      siteName: full.siteName,
      addedAt: full.addedAt,
      highlightCount: full.highlightCount,
    });
  });

  it('filters by tag and shows the trash like articles.list', async () => {
    const tagged = value<ArticleSummary[]>(await s.dispatch('articles.list', { tags: [lib.tagA] }));
    const page = value<ArticlePage>(await s.dispatch('articles.page', { tags: [lib.tagA], limit: 5 }));
    expect(page.total).toBe(tagged.length);
    expect(page.rows.map((r) => r.id)).toEqual(tagged.slice(0, 5).map((r) => r.id));
    s.store.trash(list[3]!.id);
    expect(value<ArticlePage>(await s.dispatch('articles.page', { trash: true }))).toMatchObject({ total: 1, rows: [{ id: list[3]!.id }] });
    expect(value<ArticlePage>(await s.dispatch('articles.page', {})).total).toBe(249);
  });

  it('refuses a bad offset or limit', async () => {
    for (const args of [{ limit: 0 }, { offset: -1 }, { limit: 1.5 }, { offset: '3' }]) {
      expect(await s.dispatch('articles.page', args)).toMatchObject({ ok: false, error: { code: 'invalid_args' } });
    }
  });
});

describe('the first page data block', () => {
  it('is inert JSON that no title can close or escape', () => {
    const outcome = { ok: true, value: { total: 1, offset: 0, rows: [{ id: 'a', title: '</script><script>alert(1)</script><!--' }] } };
    const block = firstPageBlock(outcome);
    expect(block.startsWith(`<script type="application/json" id="${FIRST_PAGE_ELEMENT}">`)).toBe(true);
    const inner = block.slice(block.indexOf('>') + 1, block.lastIndexOf('</script>'));
    expect(inner).not.toContain('<');
    expect(JSON.parse(inner)).toEqual(outcome);
  });
});
