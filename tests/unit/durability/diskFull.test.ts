// A full disk and a folder that turns read-only: the write fails with a clear message, the store's
// memory is not ahead of the disk (a fresh open shows the same), and no half-written file remains.
// Once with an injected failing write at each step of each kind of save; once on a real, small tmpfs
// (when this process may mount one, as root in CI can).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LibraryStore } from '../../../src/main/library/store';
import { Tags } from '../../../src/main/services/tags';
import type { Highlight } from '../../../src/shared/types';
import { tempDir } from '../../support/tmp';

const doc = (title: string, body = `The body of ${title}.`) => ({ title, author: null, source: null, format: 'text' as const, content: `${title}\n\n${body}` });
const highlight = (articleId: string, id: string, note = ''): Highlight => ({
  id,
  articleId,
  color: 'blue',
  note,
  tags: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  quote: { type: 'TextQuoteSelector', exact: 'body', prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector', start: 0, end: 4 },
});
const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

/** Everything a person could see of the library, from this store's memory. */
function seen(store: LibraryStore) {
  return {
    rows: store.summaries().map((r) => [r.id, r.title, r.trashedAt, r.highlightCount, r.tags]),
    annotations: store.metas().map((m) => store.annotationsOf(m.id, false)),
  };
}

const leftovers = (dir: string) =>
  fs
    .readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.tmp'));

describe('a full disk, injected', () => {
  const saves: Array<[string, (s: LibraryStore, id: string) => unknown]> = [
    ['adding an article', (s) => s.add(doc('Will not fit'))],
    ['adding a highlight', (s, id) => s.updateAnnotations(id, (d) => void d.highlights.push(highlight(id, 'new')))],
    ['tagging an article', (s, id) => s.updateAnnotations(id, (d) => void d.tags.push('new'))],
    ['moving to the trash', (s, id) => s.trash(id)],
    ['renaming a tag everywhere', (s) => new Tags(s).rename('kept', 'renamed')],
  ];

  for (const [what, save] of saves) {
    it(`fails ${what} at any of its writes with a clear message, memory and disk unchanged`, () => {
      // The n-th raw write of the save fails; n runs until the save gets through whole.
      for (let failAt = 1; failAt < 20; failAt++) {
        const dir = tempDir();
        const healthy = LibraryStore.open({ dir });
        const a = healthy.add(doc('Before the disk filled')).meta;
        healthy.updateAnnotations(a.id, (d) => {
          d.highlights.push(highlight(a.id, 'old'));
          d.tags.push('kept');
        });
        const filesBefore = fs.readdirSync(dir, { recursive: true }).map(String).sort();
        let writes = 0;
        const store = LibraryStore.open({
          dir,
          writeFile: (fd, text) => {
            if (++writes === failAt) throw enospc();
            fs.writeSync(fd, text);
          },
        });
        const before = seen(store);
        let failed: unknown = null;
        try {
          save(store, a.id);
        } catch (err) {
          failed = err;
        }
        if (!failed) {
          expect(failAt, `${what} needed no write at all`).toBeGreaterThan(1);
          return;
        }
        expect((failed as Error).message).toMatch(/^The disk is full: could not save .+\. Nothing was changed\.$/);
        expect(seen(store)).toEqual(before);
        expect(seen(LibraryStore.open({ dir }))).toEqual(before);
        expect(leftovers(dir)).toEqual([]);
        const filesAfter = fs.readdirSync(dir, { recursive: true }).map(String).sort();
        const unexpected = filesAfter.filter((f) => !filesBefore.includes(f) && !/^(backups|annotations-summary)/.test(f));
        expect(unexpected, `files left by a failed ${what}`).toEqual([]);
      }
      throw new Error(`${what} kept failing`);
    });
  }
});

const canMount = (() => {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  const probe = tempDir('margin-mount-probe-');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'ignore' });
    execFileSync('umount', [probe], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe.skipIf(!canMount)('a real small tmpfs', () => {
  let mount = '';
  beforeAll(() => {
    mount = tempDir('margin-tmpfs-');
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mount]);
  });
  afterAll(() => {
    if (mount) execFileSync('umount', ['-l', mount]);
  });

  it('fails with a clear message when full and when read-only, and works again with room', () => {
    const dir = path.join(mount, 'library');
    const store = LibraryStore.open({ dir });
    const a = store.add(doc('Small')).meta;
    store.updateAnnotations(a.id, (d) => void d.highlights.push(highlight(a.id, 'kept')));
    const filler = path.join(mount, 'filler.bin');
    const fd = fs.openSync(filler, 'w');
    try {
      for (;;) fs.writeSync(fd, Buffer.alloc(4096));
    } catch (err) {
      expect((err as NodeJS.ErrnoException).code).toBe('ENOSPC');
    } finally {
      fs.closeSync(fd);
    }
    const before = seen(store);
    expect(() => store.add(doc('Too big', 'x'.repeat(64 * 1024)))).toThrow(/^The disk is full: could not save .*\. Nothing was changed\.$/);
    expect(() => store.updateAnnotations(a.id, (d) => void d.highlights.push(highlight(a.id, 'lost', 'n'.repeat(64 * 1024))))).toThrow(/The disk is full/);
    expect(seen(store)).toEqual(before);
    expect(seen(LibraryStore.open({ dir }))).toEqual(before);
    expect(leftovers(mount)).toEqual([]);
    expect(fs.readdirSync(path.join(dir, 'articles'))).toEqual([a.id]);

    fs.rmSync(filler);
    execFileSync('mount', ['-o', 'remount,ro', mount]);
    try {
      expect(() => store.updateAnnotations(a.id, (d) => void d.tags.push('ro'))).toThrow(/Margin cannot write to .* \(EROFS\)\. Nothing was changed\./);
      expect(seen(store)).toEqual(before);
      const reopened = LibraryStore.open({ dir });
      expect(reopened.readOnly).toBe(true);
      expect(reopened.notices[0]).toMatch(/cannot write to the library folder .* \(EROFS\)\. It is open read-only/);
    } finally {
      execFileSync('mount', ['-o', 'remount,rw', mount]);
    }
    store.updateAnnotations(a.id, (d) => void d.tags.push('room again'));
    expect(LibraryStore.open({ dir }).summaries()[0]!.tags).toEqual(['room again']);
  });
});
