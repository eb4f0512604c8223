// The library generator the bench and the tests use: what it writes is a library the real services
// read, whose highlights sit exactly on their quotes in each article's text model.
import { describe, expect, it } from 'vitest';
import { createServices } from '../../../src/main/services/services';
import { generateLibrary } from '../../support/gen';
import { tempDir } from '../../support/tmp';

describe('generateLibrary', () => {
  it('writes articles of about 5 KB whose highlights anchor on the rendered text', async () => {
    const dir = tempDir();
    const lib = generateLibrary(dir, { articles: 60 });
    const services = await createServices({ dir });
    expect(services.store.notices).toEqual([]);
    const rows = services.store.summaries();
    expect(rows).toHaveLength(60);
    expect(rows.every((r) => r.highlightCount === 10 && r.size >= 5000 && r.size < 6500)).toBe(true);
    for (const i of [0, 1, 29, 59]) {
      const id = lib.ids[i]!;
      const { text } = services.views.derived(id);
      expect(text).toBe(lib.textOf(i));
      for (const h of services.highlights.list(id)) {
        expect(text.slice(h.position.start, h.position.end)).toBe(h.quote.exact);
        expect(text.slice(0, h.position.start).endsWith(h.quote.prefix)).toBe(true);
      }
    }
    const tagged = services.tags.filterArticles(rows, [lib.commonTag]);
    expect(tagged).toHaveLength(60);
  });
});
