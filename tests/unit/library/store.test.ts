import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LibraryStore } from '../../../src/main/library/store';
import { SCHEMA_VERSION } from '../../../src/main/library/schema';
import { tempDir } from '../../support/tmp';

const doc = (title: string, content = `${title}\n\nBody of ${title}.`) => ({
  title,
  author: 'Jane Doe',
  source: null,
  format: 'text' as const,
  content,
});

let tick = 0;
const clock = () => new Date(Date.UTC(2026, 0, 1, 0, 0, tick++));

describe('LibraryStore on a real folder', () => {
  it('creates, lists newest first, opens, and survives a restart', () => {
    const dir = tempDir();
    const store = LibraryStore.open({ dir, clock });
    const a = store.add(doc('First')).meta;
    const b = store.add(doc('Second')).meta;
    expect(store.summaries().map((s) => s.title)).toEqual(['Second', 'First']);
    expect(store.content(a.id)).toContain('Body of First');

    const index = JSON.parse(fs.readFileSync(path.join(dir, 'library.json'), 'utf8'));
    expect(index.schemaVersion).toBe(SCHEMA_VERSION);
    expect(index.articles).toHaveLength(2);
    expect(JSON.stringify(index)).not.toContain('Body of First'); // bodies stay out of the index

    const reopened = LibraryStore.open({ dir, clock });
    expect(reopened.summaries().map((s) => s.id)).toEqual([b.id, a.id]);
    expect(reopened.content(b.id)).toContain('Body of Second');
  });

  it('moves to the trash and restores, deleting nothing', () => {
    const dir = tempDir();
    const store = LibraryStore.open({ dir, clock });
    const a = store.add(doc('Trashable')).meta;
    store.trash(a.id);
    expect(store.summaries()).toHaveLength(0);
    expect(store.summaries({ trash: true }).map((s) => s.id)).toEqual([a.id]);
    expect(fs.existsSync(path.join(dir, 'articles', a.id))).toBe(true);
    const again = LibraryStore.open({ dir, clock });
    expect(again.summaries({ trash: true })).toHaveLength(1);
    again.restore(a.id);
    expect(LibraryStore.open({ dir, clock }).summaries().map((s) => s.id)).toEqual([a.id]);
  });

  it('recognises the same content twice', () => {
    const store = LibraryStore.open({ dir: tempDir(), clock });
    const first = store.add(doc('Same', 'Same\n\nText.'));
    const second = store.add(doc('Same again', 'Same\r\n\r\nText.\n'));
    expect(second.duplicate).toBe(true);
    expect(second.meta.id).toBe(first.meta.id);
    expect(store.summaries()).toHaveLength(1);
  });

  it('keeps annotations in a small per-article file that survives a restart', () => {
    const dir = tempDir();
    const store = LibraryStore.open({ dir, clock });
    const a = store.add(doc('Annotated')).meta;
    const indexBefore = fs.statSync(path.join(dir, 'library.json')).mtimeMs;
    store.updateAnnotations(a.id, (d) => {
      d.tags.push('diplomacy');
    });
    expect(fs.statSync(path.join(dir, 'library.json')).mtimeMs).toBe(indexBefore);
    const reopened = LibraryStore.open({ dir, clock });
    expect(reopened.summaries()[0]!.tags).toEqual(['diplomacy']);
  });

  it('sets a corrupt index aside, tells the user, and starts fresh without deleting anything', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'library.json'), '{"schemaVersion":1,"articles":[{"id":');
    const store = LibraryStore.open({ dir, clock });
    expect(store.summaries()).toEqual([]);
    const aside = fs.readdirSync(dir).filter((f) => f.startsWith('library.json.corrupt-'));
    expect(aside).toHaveLength(1);
    expect(fs.readFileSync(path.join(dir, aside[0]!), 'utf8')).toContain('"articles":[{"id":');
    expect(store.notices.join(' ')).toMatch(/library\.json was damaged.*set aside as library\.json\.corrupt-/);
    store.add(doc('After recovery'));
    expect(LibraryStore.open({ dir, clock }).summaries()).toHaveLength(1);
  });

  it('opens a library written by a newer Margin read-only and explains', () => {
    const dir = tempDir();
    const future = { schemaVersion: SCHEMA_VERSION + 1, seeded: true, articles: [] };
    fs.writeFileSync(path.join(dir, 'library.json'), JSON.stringify(future));
    const store = LibraryStore.open({ dir, clock });
    expect(store.readOnly).toBe(true);
    expect(store.notices[0]).toMatch(/newer Margin/);
    expect(() => store.add(doc('Nope'))).toThrow(/newer Margin/);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'library.json'), 'utf8'))).toEqual(future);
  });

  it('opens an unwritable folder read-only with a message naming it', () => {
    const parentFile = path.join(tempDir(), 'not-a-folder');
    fs.writeFileSync(parentFile, 'x');
    const dir = path.join(parentFile, 'library'); // a folder cannot be made under a file, even as root
    const store = LibraryStore.open({ dir, clock });
    expect(store.readOnly).toBe(true);
    expect(store.notices[0]).toContain(dir);
    const added = store.add(doc('In memory only')); // seeding still works, in memory
    expect(store.content(added.meta.id)).toContain('In memory only');
    expect(() => store.trash(added.meta.id)).toThrow(/cannot write/);
  });

  it('fails a write on a full disk with a clear message, leaving disk and memory as they were', () => {
    const dir = tempDir();
    const healthy = LibraryStore.open({ dir, clock });
    const a = healthy.add(doc('Before the disk filled')).meta;
    const full = LibraryStore.open({
      dir,
      clock,
      writeFile: () => {
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
    });
    expect(() => full.add(doc('Will not fit'))).toThrow(/disk is full/);
    expect(() => full.updateAnnotations(a.id, (d) => void d.tags.push('x'))).toThrow(/disk is full/);
    expect(full.summaries().map((s) => s.title)).toEqual(['Before the disk filled']);
    expect(full.annotationsOf(a.id).tags).toEqual([]);
    const leftovers = fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.tmp'));
    expect(leftovers).toEqual([]);
    expect(fs.readdirSync(path.join(dir, 'articles'))).toEqual([a.id]);
  });

  it('sees what another process wrote to the same folder', () => {
    const dir = tempDir();
    const one = LibraryStore.open({ dir, clock });
    const two = LibraryStore.open({ dir, clock });
    const a = one.add(doc('From one')).meta;
    two.add(doc('From two'));
    expect(one.summaries().map((s) => s.title).sort()).toEqual(['From one', 'From two']);
    one.updateAnnotations(a.id, (d) => void d.tags.push('first'));
    two.updateAnnotations(a.id, (d) => void d.tags.push('second'));
    expect(one.annotationsOf(a.id).tags).toEqual(['first', 'second']);
  });
});
