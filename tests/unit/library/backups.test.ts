// Backups and recovery on real folders: daily snapshots before the first change of a day, the last
// seven kept; a damaged library.json or annotations file set aside and recovered from the newest good
// snapshot (the user told, nothing deleted); `margin restore` listing and putting snapshots back.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { restoreCommands } from '../../../src/cli/commands/restore';
import { KEEP_DAILY } from '../../../src/main/library/backups';
import { SCHEMA_VERSION } from '../../../src/main/library/schema';
import { LibraryStore } from '../../../src/main/library/store';
import { createServices } from '../../../src/main/services/services';
import type { Highlight } from '../../../src/shared/types';
import { tempDir } from '../../support/tmp';

/** A clock on a given day; `at(n)` moves it to day n of January 2026. */
function days() {
  let day = 0;
  let tick = 0;
  return {
    clock: () => new Date(Date.UTC(2026, 0, 1 + day, 9, 0, 0) + tick++ * 1000),
    at(n: number) {
      day = n;
    },
    name: (n: number) => `2026-01-${String(1 + n).padStart(2, '0')}`,
  };
}

const doc = (title: string) => ({ title, author: 'Ann Writer', source: null, format: 'text' as const, content: `${title}\nBy Ann Writer\n\nThe body of ${title}.` });
const highlight = (articleId: string, id: string): Highlight => ({
  id,
  articleId,
  color: 'yellow',
  note: '',
  tags: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  quote: { type: 'TextQuoteSelector', exact: 'body', prefix: 'The ', suffix: ' of' },
  position: { type: 'TextPositionSelector', start: 4, end: 8 },
});
const listing = (dir: string) => fs.readdirSync(dir, { recursive: true }).map(String).sort();

describe('daily backups', () => {
  it('snapshots before the first change of each day and keeps the last seven days', () => {
    const dir = tempDir();
    const t = days();
    const store = LibraryStore.open({ dir, clock: t.clock });
    const a = store.add(doc('First')).meta;
    store.updateAnnotations(a.id, (d) => void d.tags.push('day-0'));
    store.updateAnnotations(a.id, (d) => void d.tags.push('again'));
    expect(store.snapshots().map((s) => s.name)).toEqual([t.name(0)]);
    const first = JSON.parse(fs.readFileSync(path.join(dir, 'backups', t.name(0), 'library.json'), 'utf8'));
    expect(first.articles.map((x: { title: string }) => x.title)).toEqual(['First']);
    for (let d = 1; d < 10; d++) {
      t.at(d);
      store.updateAnnotations(a.id, (x) => void x.tags.push(`day-${d}`));
    }
    const names = store.snapshots().map((s) => s.name);
    expect(names).toHaveLength(KEEP_DAILY);
    expect(names[0]).toBe(t.name(9));
    expect(names.at(-1)).toBe(t.name(3));
    // The day-9 snapshot holds the library as it was before day 9's change.
    const copy = JSON.parse(fs.readFileSync(path.join(dir, 'backups', t.name(9), 'annotations', `${a.id}.json`), 'utf8'));
    expect(copy.tags.at(-1)).toBe('day-8');
  });

  it('shares an unchanged annotations file with the previous snapshot, never with the live file', () => {
    const dir = tempDir();
    const t = days();
    const store = LibraryStore.open({ dir, clock: t.clock });
    const a = store.add(doc('Kept')).meta;
    const b = store.add(doc('Changed')).meta;
    store.updateAnnotations(a.id, (d) => void d.tags.push('a'));
    store.updateAnnotations(b.id, (d) => void d.tags.push('b'));
    t.at(1);
    store.updateAnnotations(b.id, (d) => void d.tags.push('b2')); // day 1's snapshot is taken first
    t.at(2);
    store.updateAnnotations(b.id, (d) => void d.tags.push('b3'));
    const ino = (p: string) => fs.statSync(p).ino;
    const inSnap = (day: number, id: string) => path.join(dir, 'backups', t.name(day), 'annotations', `${id}.json`);
    expect(ino(inSnap(2, a.id))).toBe(ino(inSnap(1, a.id)));
    expect(ino(inSnap(2, b.id))).not.toBe(ino(inSnap(1, b.id)));
    const live = path.join(dir, 'annotations', `${a.id}.json`);
    expect(ino(inSnap(2, a.id))).not.toBe(ino(live));
    fs.truncateSync(live, 5); // damaged in place: the backups must not change with it
    expect(JSON.parse(fs.readFileSync(inSnap(2, a.id), 'utf8')).tags).toEqual(['a']);
  });
});

describe('recovery at start', () => {
  it('sets a damaged library.json aside and recovers from the newest good backup plus the article folders', () => {
    const dir = tempDir();
    const t = days();
    const store = LibraryStore.open({ dir, clock: t.clock });
    const a = store.add(doc('Alpha')).meta;
    t.at(1);
    const b = store.add(doc('Beta')).meta;
    store.updateAnnotations(b.id, (d) => void d.tags.push('kept'));
    t.at(2);
    const c = store.add(doc('Gamma, added after the last backup')).meta;
    const index = path.join(dir, 'library.json');
    const damaged = fs.readFileSync(index, 'utf8').slice(0, 200);
    fs.writeFileSync(index, damaged);

    const reopened = LibraryStore.open({ dir, clock: t.clock });
    const notice = reopened.notices.join('\n');
    expect(notice).toMatch(/library\.json was damaged .*set aside as library\.json\.corrupt-/);
    expect(notice).toContain(`The list of articles was restored from the backup of ${t.name(2)} (2 articles) and 1 article was recovered from their folders. Nothing was deleted.`);
    const rows = reopened.summaries();
    expect(rows.map((r) => r.id).sort()).toEqual([a.id, b.id, c.id].sort());
    const gamma = rows.find((r) => r.id === c.id)!;
    expect(gamma).toMatchObject({ title: 'Gamma, added after the last backup', author: 'Ann Writer', format: 'text', hash: c.hash });
    expect(rows.find((r) => r.id === b.id)!.tags).toEqual(['kept']);
    const aside = fs.readdirSync(dir).filter((f) => f.startsWith('library.json.corrupt-'));
    expect(aside.map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))).toEqual([damaged]);
    expect(reopened.snapshots().length).toBeGreaterThan(0);
    // A third open finds a good file and says nothing.
    expect(LibraryStore.open({ dir, clock: t.clock }).notices).toEqual([]);
  });

  it('rebuilds the list from the article folders when there is no backup', () => {
    const dir = tempDir();
    const store = LibraryStore.open({ dir });
    const ids = ['One', 'Two'].map((title) => store.add(doc(title)).meta.id);
    fs.rmSync(path.join(dir, 'backups'), { recursive: true, force: true });
    fs.writeFileSync(path.join(dir, 'library.json'), '');
    const reopened = LibraryStore.open({ dir });
    expect(reopened.notices.join(' ')).toMatch(/No backup was found; instead 2 articles were recovered from their folders\. Nothing was deleted\./);
    expect(reopened.summaries().map((r) => [r.id, r.title]).sort()).toEqual([
      [ids[0], 'One'],
      [ids[1], 'Two'],
    ].sort());
  });

  it('sets a truncated annotations file aside and restores it from the newest backup that has it', () => {
    const dir = tempDir();
    const t = days();
    const store = LibraryStore.open({ dir, clock: t.clock });
    const a = store.add(doc('Annotated')).meta;
    store.updateAnnotations(a.id, (d) => void d.highlights.push(highlight(a.id, 'h1'), highlight(a.id, 'h2')));
    t.at(1);
    store.updateAnnotations(a.id, (d) => void d.highlights.push(highlight(a.id, 'h3')));
    const file = path.join(dir, 'annotations', `${a.id}.json`);
    const truncated = fs.readFileSync(file, 'utf8').slice(0, 100);
    fs.writeFileSync(file, truncated);

    const reopened = LibraryStore.open({ dir, clock: t.clock });
    expect(reopened.summaries()[0]!.highlightCount).toBe(2);
    expect(reopened.annotationsOf(a.id).highlights.map((h) => h.id)).toEqual(['h1', 'h2']);
    expect(reopened.notices.join(' ')).toMatch(new RegExp(`"Annotated" \\(${a.id}\\.json\\) were damaged .*set aside as ${a.id}\\.json\\.corrupt-.* restored from the backup of ${t.name(1)} \\(2 highlights\\)\\. Nothing was deleted\\.`));
    const aside = fs.readdirSync(path.join(dir, 'annotations')).filter((f) => f.includes('.corrupt-'));
    expect(aside.map((f) => fs.readFileSync(path.join(dir, 'annotations', f), 'utf8'))).toEqual([truncated]);
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).highlights).toHaveLength(2); // the recovered file is saved
  });

  it('opens read-only, explaining, when an annotations file comes from a newer Margin', () => {
    const dir = tempDir();
    const store = LibraryStore.open({ dir });
    const a = store.add(doc('Future')).meta;
    const file = path.join(dir, 'annotations', `${a.id}.json`);
    const future = JSON.stringify({ schemaVersion: SCHEMA_VERSION + 1, articleId: a.id, marks: [] });
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, future);
    const reopened = LibraryStore.open({ dir });
    reopened.annotationsOf(a.id);
    expect(reopened.readOnly).toBe(true);
    expect(reopened.notices.join(' ')).toMatch(/written by a newer Margin .*read-only/);
    expect(() => reopened.updateAnnotations(a.id, (d) => void d.tags.push('x'))).toThrow(/newer Margin/);
    expect(fs.readFileSync(file, 'utf8')).toBe(future);
  });
});

describe('margin restore', () => {
  async function run(dir: string, clock: () => Date, positional: string[], flags: string[] = []) {
    let out = '';
    const services = await createServices({ dir, clock });
    await restoreCommands.restore!.run({
      args: { positional, flags: new Map(flags.map((f) => [f, ['true']])) },
      io: { out: (s) => (out += s), err: (s) => (out += s) },
      services: async () => services,
    });
    return out;
  }

  it('lists snapshots, restores one keeping the current state as a snapshot, and undoes it', async () => {
    const dir = tempDir();
    const t = days();
    const store = LibraryStore.open({ dir, clock: t.clock });
    const a = store.add(doc('Steady')).meta;
    store.updateAnnotations(a.id, (d) => void d.tags.push('before'));
    t.at(1);
    store.updateAnnotations(a.id, (d) => {
      d.tags = ['after'];
      d.highlights.push(highlight(a.id, 'later'));
    });
    const b = store.add(doc('Added later')).meta;
    const stateAfter = listing(path.join(dir, 'annotations'));

    const list = await run(dir, t.clock, [], ['list']);
    expect(list).toMatch(new RegExp(`^${t.name(1)} .* 1 articles, 1 annotation files  \\(daily\\)$`, 'm'));
    expect(list).toMatch(new RegExp(`^${t.name(0)} `, 'm'));

    const out = await run(dir, t.clock, [t.name(1)]);
    expect(out).toMatch(new RegExp(`^Restored ${t.name(1)} \\(2 articles, 1 annotation files changed\\)\\. 1 article added after it was kept\\. The library as it was is kept as (before-restore-\\S+): margin restore \\1 puts it back\\.$`, 'm'));
    const after = LibraryStore.open({ dir, clock: t.clock });
    expect(after.annotationsOf(a.id).tags).toEqual(['before']);
    expect(after.summaries().find((r) => r.id === a.id)!.highlightCount).toBe(0);
    expect(after.summaries().map((r) => r.id).sort()).toEqual([a.id, b.id].sort());

    const saved = /kept as (before-restore-\S+):/.exec(out)![1]!;
    expect(await run(dir, t.clock, [], ['list'])).toContain(`${saved.padEnd(40)}`);
    await run(dir, t.clock, [saved]);
    const undone = LibraryStore.open({ dir, clock: t.clock });
    expect(undone.annotationsOf(a.id).tags).toEqual(['after']);
    expect(undone.annotationsOf(a.id).highlights.map((h) => h.id)).toEqual(['later']);
    expect(listing(path.join(dir, 'annotations'))).toEqual(stateAfter);
  });

  it('refuses an unknown snapshot, naming the ones there are, and changes nothing', async () => {
    const dir = tempDir();
    const t = days();
    const store = LibraryStore.open({ dir, clock: t.clock });
    const a = store.add(doc('Only')).meta;
    store.updateAnnotations(a.id, (d) => void d.tags.push('x'));
    const before = fs.readFileSync(path.join(dir, 'library.json'), 'utf8');
    await expect(run(dir, t.clock, ['1999-01-01'])).rejects.toThrow(new RegExp(`No backup named "1999-01-01"\\. There are: ${t.name(0)}\\.`));
    expect(fs.readFileSync(path.join(dir, 'library.json'), 'utf8')).toBe(before);
  });
});
