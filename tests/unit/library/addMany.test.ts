// Adding many articles at once (a folder import): one index write for the batch, duplicates told
// in order, and failures that take away exactly what they would have half-added.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LibraryStore } from '../../../src/main/library/store';
import { tempDir } from '../../support/tmp';

const doc = (title: string, body = `Body of ${title}.`) => ({ title, author: null, source: null, format: 'text' as const, content: `${title}\n\n${body}` });
const articleDirs = (dir: string) => (fs.existsSync(path.join(dir, 'articles')) ? fs.readdirSync(path.join(dir, 'articles')).sort() : []);

function diskFullWhen(test: (text: string) => boolean) {
  return (fd: number, text: string) => {
    if (test(text)) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    fs.writeFileSync(fd, text);
  };
}

describe('LibraryStore.addMany', () => {
  it('adds a batch in order with one index write, telling duplicates of the library and of the batch', async () => {
    const dir = tempDir();
    const store = LibraryStore.open({ dir });
    const old = store.add(doc('Old')).meta;
    const before = fs.statSync(path.join(dir, 'library.json')).ino;
    const outcomes = await store.addMany([doc('A'), doc('Old'), doc('B'), doc('A'), doc('C')]);
    expect(outcomes.map((o) => (o.ok ? `${o.meta.title}${o.duplicate ? ' (duplicate)' : ''}` : 'failed'))).toEqual(['A', 'Old (duplicate)', 'B', 'A (duplicate)', 'C']);
    const ok = outcomes.filter((o) => o.ok);
    expect(ok[1]!.meta.id).toBe(old.id);
    expect(ok[3]!.meta.id).toBe(ok[0]!.meta.id);
    expect(fs.statSync(path.join(dir, 'library.json')).ino).not.toBe(before); // rewritten (atomically)

    const reopened = LibraryStore.open({ dir });
    expect(reopened.summaries().map((s) => s.title).sort()).toEqual(['A', 'B', 'C', 'Old']);
    expect(reopened.content(ok[2]!.meta.id)).toBe('B\n\nBody of B.');
    expect(articleDirs(dir)).toHaveLength(4);
  });

  it('fails only the document whose body cannot be written, leaving no folder for it', async () => {
    const dir = tempDir();
    const store = LibraryStore.open({ dir, writeFile: diskFullWhen((t) => t.includes('Body of B')) });
    const outcomes = await store.addMany([doc('A'), doc('B'), doc('C'), doc('B')]);
    expect(outcomes.map((o) => o.ok)).toEqual([true, false, true, false]);
    const failed = outcomes[1]!;
    if (failed.ok) throw new Error('expected a failure');
    expect(failed.error.message).toMatch(/disk is full/i);
    expect(LibraryStore.open({ dir }).summaries().map((s) => s.title).sort()).toEqual(['A', 'C']);
    expect(articleDirs(dir)).toHaveLength(2);
  });

  it('when the index cannot be saved, fails them all and takes their bodies away; the library is as it was', async () => {
    const dir = tempDir();
    const store = LibraryStore.open({ dir });
    store.add(doc('Kept'));
    const failing = LibraryStore.open({ dir, writeFile: diskFullWhen((t) => t.startsWith('{"schemaVersion"') && t.includes('"articles"')) });
    const outcomes = await failing.addMany([doc('A'), doc('B')]);
    expect(outcomes.every((o) => !o.ok && /disk is full/i.test(o.error.message))).toBe(true);
    expect(failing.summaries().map((s) => s.title)).toEqual(['Kept']); // memory not ahead of the disk
    expect(LibraryStore.open({ dir }).summaries().map((s) => s.title)).toEqual(['Kept']);
    expect(articleDirs(dir)).toHaveLength(1);
  });

  it('treats an article another process added meanwhile as a duplicate, not a second copy', async () => {
    const dir = tempDir();
    const mine = LibraryStore.open({ dir });
    const theirs = LibraryStore.open({ dir });
    mine.summaries();
    const pending = mine.addMany([doc('Shared'), doc('Mine')]);
    const added = theirs.add(doc('Shared')).meta; // lands while our bodies are being written
    const outcomes = await pending;
    const shared = outcomes[0]!;
    expect(shared.ok && shared.duplicate && shared.meta.id === added.id).toBe(true);
    expect(LibraryStore.open({ dir }).summaries().map((s) => s.title).sort()).toEqual(['Mine', 'Shared']);
    expect(articleDirs(dir)).toHaveLength(2);
  });
});
