// A folder holding a file its reader may not open and a sub-folder it may not list: `margin import`,
// run as an ordinary user (as root nothing is unreadable), names each of them, imports the rest,
// and leaves what the library already held as it was.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LibraryStore } from '../../../src/main/library/store';
import { commandAsUser, dropsRoot, giveToUser, openTo } from '../../support/asUser';
import { tempDir } from '../../support/tmp';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

describe(`margin import of unreadable files${dropsRoot ? ' (as the user nobody)' : ''}`, () => {
  it('names the file and the folder it cannot read, imports the others, and touches nothing in the library', () => {
    const base = tempDir('margin-unreadable-');
    const folder = path.join(base, 'saved');
    const lib = path.join(base, 'library');
    fs.mkdirSync(path.join(folder, 'locked-dir'), { recursive: true });
    fs.writeFileSync(path.join(folder, 'a.txt'), 'Bridge repairs\n\nThe bridge will close for 3 weeks.\n');
    fs.writeFileSync(path.join(folder, 'b.md'), '# School places\n\nThe city adds 450 school places.\n');
    fs.writeFileSync(path.join(folder, 'secret.txt'), 'Not for you\n\nThe vault holds 12 bars.\n');
    fs.writeFileSync(path.join(folder, 'locked-dir', 'inner.txt'), 'Inner\n\nHidden 3 times.\n');
    const before = LibraryStore.open({ dir: lib });
    before.markSeeded(); // a library in use: the CLI does not bring the sample in
    before.add({ title: 'Already here', author: null, source: null, format: 'text', content: 'Already here\n\nKept 1 time.' });
    const held = fs.readFileSync(path.join(lib, 'library.json'), 'utf8');
    for (const f of fs.readdirSync(lib, { recursive: true }).map(String)) giveToUser(path.join(lib, f));
    giveToUser(lib);
    openTo(folder, base);
    for (const f of ['a.txt', 'b.md']) fs.chmodSync(path.join(folder, f), 0o644);
    fs.chmodSync(path.join(folder, 'secret.txt'), 0o000);
    fs.chmodSync(path.join(folder, 'locked-dir'), 0o000);
    try {
      const run = commandAsUser([path.join(ROOT, 'bin', 'margin.mjs'), 'import', folder, '--json', '--library', lib]);
      expect(run.status, run.stderr).toBe(0);
      const summary = JSON.parse(run.stdout) as { added: number; failed: number; results: Array<{ name: string; status: string; message?: string }> };
      const byName = new Map(summary.results.map((r) => [path.relative(folder, r.name), r]));
      expect(byName.get('a.txt')?.status).toBe('added');
      expect(byName.get('b.md')?.status).toBe('added');
      expect(byName.get('secret.txt')).toMatchObject({ status: 'failed', message: expect.stringMatching(/secret\.txt.*cannot be read: permission denied/) });
      // A folder it may not list is named too, so the person knows what was left out.
      expect(byName.get('locked-dir')).toMatchObject({ status: 'failed', message: 'The folder "locked-dir" cannot be read: permission denied' });
      expect(summary.failed).toBe(2);
      expect(summary.added).toBe(2);
      const after = LibraryStore.open({ dir: lib });
      expect(after.summaries().map((r) => r.title).sort()).toEqual(['Already here', 'Bridge repairs', 'School places']);
      // The library's earlier entry is byte for byte what it was, at the head of the index.
      expect(JSON.parse(fs.readFileSync(path.join(lib, 'library.json'), 'utf8')).articles[0]).toEqual(JSON.parse(held).articles[0]);
    } finally {
      fs.chmodSync(path.join(folder, 'secret.txt'), 0o644);
      fs.chmodSync(path.join(folder, 'locked-dir'), 0o755);
    }
  });
});
