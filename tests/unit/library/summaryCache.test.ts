// The list's summary cache on real folders: list rows always match the annotation files, whichever
// store instance (process) wrote them, whether or not it flushed the cache, and whatever state the
// cache file is in.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LibraryStore } from '../../../src/main/library/store';
import type { Highlight } from '../../../src/shared/types';
import { generateLibrary } from '../../support/gen';
import { tempDir } from '../../support/tmp';

const highlight = (articleId: string, id: string, tags: string[] = []): Highlight => ({
  id,
  articleId,
  color: 'pink',
  note: '',
  tags,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: `2026-01-0${1 + (id.length % 8)}T00:00:00.000Z`,
  quote: { type: 'TextQuoteSelector', exact: 'report', prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector', start: 0, end: 6 },
});

/** Each row's count and tags as the annotation files on disk say. */
function truth(dir: string, ids: string[]) {
  return Object.fromEntries(
    ids.map((id) => {
      const file = path.join(dir, 'annotations', `${id}.json`);
      const ann = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as { tags: string[]; highlights: unknown[] }) : { tags: [], highlights: [] };
      return [id, [ann.highlights.length, ann.tags]];
    }),
  );
}
const rows = (store: LibraryStore) => Object.fromEntries(store.summaries().map((r) => [r.id, [r.highlightCount, r.tags]]));

describe('the summary cache', () => {
  it('lists a generated library right, and a reopened store lists it from the cache file', () => {
    const dir = tempDir();
    const lib = generateLibrary(dir, { articles: 300 });
    const first = LibraryStore.open({ dir });
    expect(rows(first)).toEqual(truth(dir, lib.ids));
    expect(fs.existsSync(path.join(dir, 'annotations-summary.json'))).toBe(true);
    const again = LibraryStore.open({ dir });
    expect(rows(again)).toEqual(truth(dir, lib.ids));
    expect(again.annotationDigest(lib.ids[0]!).passageTags).toContainEqual({ tag: lib.commonTag, passages: 1, lastUsed: '2025-01-01T00:00:00.000Z' });
  });

  it("shows another process's writes at once, before and after that process rewrites the cache", () => {
    const dir = tempDir();
    const lib = generateLibrary(dir, { articles: 120 });
    const reader = LibraryStore.open({ dir });
    const writer = LibraryStore.open({ dir });
    expect(rows(reader)).toEqual(truth(dir, lib.ids));
    writer.updateAnnotations(lib.ids[5]!, (d) => void d.highlights.push(highlight(lib.ids[5]!, 'x1')));
    writer.updateAnnotations(lib.ids[6]!, (d) => void (d.tags = ['changed']));
    expect(rows(reader)).toEqual(truth(dir, lib.ids));
    // Enough writes for the writer to rewrite the cache file (and start a new journal).
    for (let i = 0; i < 300; i++) writer.updateAnnotations(lib.ids[i % 40]!, (d) => void d.highlights.push(highlight(lib.ids[i % 40]!, `w${i}`, ['bulk'])));
    expect(fs.readFileSync(path.join(dir, 'annotations-summary.json'), 'utf8')).toContain('"bulk"');
    expect(rows(reader)).toEqual(truth(dir, lib.ids));
    expect(rows(LibraryStore.open({ dir }))).toEqual(truth(dir, lib.ids));
    expect(reader.annotationDigest(lib.ids[1]!).passageTags.find((p) => p.tag === 'bulk')?.passages).toBeGreaterThan(0);
  });

  it('stays right when a writer died after noting a change it never made, or when the cache file is damaged', () => {
    const dir = tempDir();
    const lib = generateLibrary(dir, { articles: 80 });
    LibraryStore.open({ dir }).summaries();
    fs.appendFileSync(path.join(dir, 'annotations-summary.journal'), `${lib.ids[3]}\n`);
    expect(rows(LibraryStore.open({ dir }))).toEqual(truth(dir, lib.ids));
    fs.writeFileSync(path.join(dir, 'annotations-summary.json'), '{"version":"2.1","entries":{"');
    const store = LibraryStore.open({ dir });
    expect(rows(store)).toEqual(truth(dir, lib.ids));
    expect(store.notices).toEqual([]);
  });

  it('follows a file changed by hand once the folder watcher reports it', () => {
    const dir = tempDir();
    const lib = generateLibrary(dir, { articles: 10 });
    const store = LibraryStore.open({ dir });
    store.summaries();
    const file = path.join(dir, 'annotations', `${lib.ids[2]}.json`);
    const ann = JSON.parse(fs.readFileSync(file, 'utf8'));
    ann.tags = ['edited by hand'];
    fs.writeFileSync(file, JSON.stringify(ann));
    store.invalidate([lib.ids[2]!]);
    expect(rows(store)[lib.ids[2]!]).toEqual([10, ['edited by hand']]);
  });
});
