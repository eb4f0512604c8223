// The tag log on real library folders: a rename, merge or delete writes one small file, every view
// (this process, another process, a restart) sees it at once, files take it in when next written,
// and undo is exact — checked against an eager model over random sequences from two processes.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LibraryStore } from '../../../src/main/library/store';
import { SCHEMA_VERSION } from '../../../src/main/library/schema';
import { UNDO_WINDOW } from '../../../src/main/library/tagLog';
import { Tags } from '../../../src/main/services/tags';
import { mulberry32 } from '../../../src/shared/random';
import { mergeTags, tagKey } from '../../../src/shared/tags';
import type { Highlight } from '../../../src/shared/types';
import { tempDir } from '../../support/tmp';

let tick = 0;
const clock = () => new Date(Date.UTC(2026, 0, 1, 0, 0, tick++));

const doc = (title: string) => ({ title, author: null, source: null, format: 'text' as const, content: `${title}\n\nBody of ${title}.` });

function highlight(articleId: string, id: string, tags: string[]): Highlight {
  return {
    id,
    articleId,
    color: 'yellow',
    note: '',
    tags,
    createdAt: clock().toISOString(),
    updatedAt: clock().toISOString(),
    quote: { type: 'TextQuoteSelector', exact: 'Body', prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: 4 },
  } as Highlight;
}

function open(dir: string, extra: Partial<Parameters<typeof LibraryStore.open>[0]> = {}) {
  const store = LibraryStore.open({ dir, clock, ...extra });
  return { store, tags: new Tags(store) };
}

const ls = (dir: string) => fs.readdirSync(dir).sort();

describe('the tag log', () => {
  it('renames by writing one file; every view sees it; a file takes it in when next saved', () => {
    const dir = tempDir();
    const { store, tags } = open(dir);
    const ids = ['A', 'B', 'C'].map((t) => store.add(doc(t)).meta.id);
    for (const id of ids) {
      store.updateAnnotations(id, (d) => {
        d.tags = ['war/tanks'];
        d.highlights.push(highlight(id, `h-${id}`, ['Losses', 'war']));
      });
    }
    const annDir = path.join(dir, 'annotations');
    const before = new Map(ls(annDir).map((f) => [f, fs.readFileSync(path.join(annDir, f), 'utf8')]));
    const other = open(dir); // a second process, opened before the change
    other.store.summaries();

    const change = tags.rename('war', 'conflict');
    expect(change).toMatchObject({ articles: 3, passages: 3, merged: false });
    // Only tag-log.json was written: every annotations file is as it was.
    expect(new Map(ls(annDir).map((f) => [f, fs.readFileSync(path.join(annDir, f), 'utf8')]))).toEqual(before);
    expect(fs.existsSync(path.join(dir, 'tag-log.json'))).toBe(true);

    for (const view of [store, other.store, open(dir).store]) {
      expect(view.annotationsOf(ids[0]!).tags).toEqual(['conflict/tanks']);
      expect(view.annotationsOf(ids[0]!).highlights[0]!.tags).toEqual(['Losses', 'conflict']);
      expect(view.summaries().map((r) => r.tags)).toEqual([['conflict/tanks'], ['conflict/tanks'], ['conflict/tanks']]);
    }
    expect(other.tags.list().map((t) => t.tag).sort()).toEqual(['Losses', 'conflict', 'conflict/tanks']);
    expect(other.tags.filterArticles(other.store.summaries(), ['conflict']).length).toBe(3);
    expect(other.tags.filterArticles(other.store.summaries(), ['war']).length).toBe(0);

    // A tag added with the old name after the rename is a new tag, not renamed again.
    other.store.updateAnnotations(ids[1]!, (d) => void d.tags.push('war'));
    const raw = JSON.parse(fs.readFileSync(path.join(annDir, `${ids[1]}.json`), 'utf8'));
    expect(raw.tags).toEqual(['conflict/tanks', 'war']);
    expect(raw.highlights[0].tags).toEqual(['Losses', 'conflict']);
    expect(raw.tagLog.seq).toBeGreaterThan(0);
    expect(store.annotationsOf(ids[1]!).tags).toEqual(['conflict/tanks', 'war']);
    // The bookkeeping stays inside the store.
    expect(Object.keys(store.annotationsOf(ids[1]!)).sort()).toEqual(['articleId', 'highlights', 'schemaVersion', 'tags']);
  });

  it('undoes exactly, also in a file another process rewrote in between, and only once', () => {
    const dir = tempDir();
    const { store, tags } = open(dir);
    const ids = ['A', 'B'].map((t) => store.add(doc(t)).meta.id);
    for (const id of ids) store.updateAnnotations(id, (d) => void d.highlights.push(highlight(id, `h-${id}`, ['losses', 'equipment'])));
    const before = ids.map((id) => structuredClone(store.annotationsOf(id)));
    const merge = tags.rename('losses', 'equipment');
    expect(merge).toMatchObject({ merged: true, passages: 2 });
    const other = open(dir);
    other.store.updateAnnotations(ids[0]!, (d) => void (d.highlights[0]!.note = 'seen'));
    expect(store.annotationsOf(ids[0]!).highlights[0]!.tags).toEqual(['equipment']);
    expect(other.tags.undoChange(merge.undoToken)).toEqual({ articles: 2 });
    for (const view of [store, open(dir).store]) {
      expect(view.annotationsOf(ids[0]!).highlights[0]).toEqual({ ...before[0]!.highlights[0], note: 'seen' });
      expect(view.annotationsOf(ids[1]!)).toEqual(before[1]);
    }
    expect(() => tags.undoChange(merge.undoToken)).toThrow(/no longer be undone/);
  });

  it(`keeps the last ${UNDO_WINDOW} changes undoable and says so of older ones`, () => {
    const dir = tempDir();
    const { store, tags } = open(dir);
    const id = store.add(doc('A')).meta.id;
    const names = Array.from({ length: UNDO_WINDOW + 1 }, (_, i) => `a${i}`);
    store.updateAnnotations(id, (d) => void (d.tags = [...names]));
    const tokens: string[] = [];
    names.forEach((name, i) => {
      tokens.push(tags.rename(name, `b${i}`).undoToken);
      if (i % 5 === 0) store.updateAnnotations(id, () => undefined); // the file takes the log in now and then
    });
    expect(() => tags.undoChange(tokens[0]!)).toThrow(/no longer be undone/);
    tags.undoChange(tokens.at(-1)!);
    tags.undoChange(tokens[1]!); // the oldest still in the window
    expect(open(dir).store.annotationsOf(id).tags).toEqual(['b0', 'a1', ...names.slice(2, -1).map((n) => n.replace('a', 'b')), names.at(-1)]);
  });

  it('undoes only what the change did: later tags stay, independent changes stay, a superseded rename stays', () => {
    const dir = tempDir();
    const { store, tags } = open(dir);
    const id = store.add(doc('A')).meta.id;
    tags.setArticleTags(id, ['war', 'c']);
    const war = tags.rename('war', 'conflict');
    const c = tags.rename('c', 'd');
    tags.addArticleTags(id, ['peace']);
    tags.undoChange(war.undoToken);
    expect(store.annotationsOf(id).tags).toEqual(['war', 'd', 'peace']);
    tags.undoChange(c.undoToken);
    expect(store.annotationsOf(id).tags).toEqual(['war', 'c', 'peace']);
    // Renamed on since: undoing the first rename brings nothing back beside the newer name.
    const first = tags.rename('peace', 'calm');
    tags.rename('calm', 'quiet');
    tags.undoChange(first.undoToken);
    expect(open(dir).store.annotationsOf(id).tags).toEqual(['war', 'c', 'quiet']);
  });

  it('refuses a rename that would make a nested tag too long, or put a tag under itself, changing nothing', () => {
    const dir = tempDir();
    const { store, tags } = open(dir);
    const id = store.add(doc('A')).meta.id;
    tags.setArticleTags(id, ['war/tanks']);
    expect(() => tags.rename('war', 'x'.repeat(98))).toThrow(/would turn "war\/tanks" into a tag that is not allowed: Tags are at most 100 characters/);
    expect(() => tags.rename('war', 'war/old')).toThrow(/cannot be renamed into its own sub-tag/);
    expect(store.summaries()[0]!.tags).toEqual(['war/tanks']);
    expect(fs.existsSync(path.join(dir, 'tag-log.json'))).toBe(false);
  });

  it('keeps a nested tag\'s own segments when its key is longer than its spelling', () => {
    const dir = tempDir();
    const { store, tags } = open(dir);
    const id = store.add(doc('A')).meta.id;
    tags.setArticleTags(id, ['İstanbul/food']);
    tags.rename('i\u0307stanbul', 'city');
    expect(store.annotationsOf(id).tags).toEqual(['city/food']);
  });

  it('a digest behind an undo is read again once that change left the undo window', () => {
    const dir = tempDir();
    const a = open(dir);
    const x = a.store.add(doc('X')).meta.id;
    const y = a.store.add(doc('Y')).meta.id;
    a.tags.setArticleTags(x, ['war']);
    a.tags.setArticleTags(y, Array.from({ length: UNDO_WINDOW }, (_, i) => `t${i}`));
    const b = open(dir);
    b.store.summaries(); // b's digest of X, before what follows
    const change = a.tags.rename('war', 'conflict');
    a.tags.undoChange(change.undoToken);
    for (let i = 0; i < UNDO_WINDOW; i++) a.tags.rename(`t${i}`, `u${i}`);
    expect(b.store.summaries().find((r) => r.id === x)!.tags).toEqual(['war']);
    expect(b.tags.list().map((t) => t.tag)).toContain('war');
  });

  it('fails a rename on a full disk with a clear message and changes nothing', () => {
    const dir = tempDir();
    const { store } = open(dir);
    const id = store.add(doc('A')).meta.id;
    store.updateAnnotations(id, (d) => void (d.tags = ['war']));
    const full = open(dir, {
      writeFile: () => {
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
    });
    expect(() => full.tags.rename('war', 'peace')).toThrow(/disk is full/);
    expect(full.store.annotationsOf(id).tags).toEqual(['war']);
    expect(full.tags.list().map((t) => t.tag)).toEqual(['war']);
    expect(open(dir).store.annotationsOf(id).tags).toEqual(['war']);
    expect(fs.existsSync(path.join(dir, 'tag-log.json'))).toBe(false);
    expect(fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('sets a damaged tag-log.json aside and goes on from the newest backup, saying so', () => {
    const dir = tempDir();
    const day = (d: number) => () => new Date(Date.UTC(2026, 0, d, 12));
    const first = LibraryStore.open({ dir, clock: day(1) });
    const id = first.add(doc('A')).meta.id;
    first.updateAnnotations(id, (d) => void (d.tags = ['war']));
    new Tags(first).rename('war', 'conflict');
    // The next day's first change snapshots the log (with the rename) before it is made.
    const second = LibraryStore.open({ dir, clock: day(2) });
    new Tags(second).rename('conflict', 'strife');
    fs.writeFileSync(path.join(dir, 'tag-log.json'), '{"schemaVersion": 2, "entr');
    const reopened = LibraryStore.open({ dir, clock: day(2) });
    expect(reopened.annotationsOf(id).tags).toEqual(['conflict']);
    expect(reopened.notices.join('\n')).toMatch(/tag log \(tag-log\.json\) was damaged.*set aside as tag-log\.json\.corrupt-.*restored from the backup of 2026-01-02.*Nothing was deleted/);
    expect(ls(dir).some((f) => f.startsWith('tag-log.json.corrupt-'))).toBe(true);
  });

  it('numbers renames after a recovery above every file, even with the clock set back', () => {
    const dir = tempDir();
    let now = Date.UTC(2026, 0, 3, 12);
    const clock = () => new Date(now);
    const a = open(dir, { clock });
    const id = a.store.add(doc('A')).meta.id;
    a.tags.setArticleTags(id, ['war']);
    a.tags.rename('war', 'conflict');
    a.tags.addArticleTags(id, ['x']); // the file now includes the rename (its watermark: 12:00)
    fs.writeFileSync(path.join(dir, 'tag-log.json'), 'not json');
    now = Date.UTC(2026, 0, 3, 11); // the clock went back an hour; no backup has the log
    const b = open(dir, { clock });
    b.tags.rename('conflict', 'strife');
    expect(open(dir, { clock }).store.annotationsOf(id).tags).toEqual(['strife', 'x']);
  });

  it('restores a backup together with its tag log', () => {
    const dir = tempDir();
    const day = (d: number) => () => new Date(Date.UTC(2026, 0, d, 12));
    const first = LibraryStore.open({ dir, clock: day(1) });
    const id = first.add(doc('A')).meta.id;
    first.updateAnnotations(id, (d) => void (d.tags = ['war']));
    const second = LibraryStore.open({ dir, clock: day(2) });
    new Tags(second).rename('war', 'conflict'); // snapshot 2026-01-02 (before it) has no log yet
    let second3 = 0; // each restore keeps the library as it was under its own time
    const third = LibraryStore.open({ dir, clock: () => new Date(Date.UTC(2026, 0, 3, 12, 0, second3++)) });
    new Tags(third).rename('conflict', 'strife'); // snapshot 2026-01-03 has the first rename
    third.restoreSnapshot('2026-01-03');
    expect(third.annotationsOf(id).tags).toEqual(['conflict']);
    expect(LibraryStore.open({ dir, clock: day(3) }).summaries()[0]!.tags).toEqual(['conflict']);
    third.restoreSnapshot('2026-01-02');
    expect(LibraryStore.open({ dir, clock: day(3) }).annotationsOf(id).tags).toEqual(['war']);
    // New changes after a restore number above every file's watermark.
    new Tags(third).rename('war', 'peace');
    expect(LibraryStore.open({ dir, clock: day(3) }).annotationsOf(id).tags).toEqual(['peace']);
  });

  it('restoring a snapshot from before schema 2 keeps the library at schema 2', () => {
    const dir = tempDir();
    const first = LibraryStore.open({ dir, clock: () => new Date(Date.UTC(2026, 0, 1, 12)) });
    const id = first.add(doc('A')).meta.id;
    const indexFile = path.join(dir, 'library.json');
    fs.writeFileSync(indexFile, JSON.stringify({ ...JSON.parse(fs.readFileSync(indexFile, 'utf8')), schemaVersion: 1 }));
    let t = 0;
    const next = LibraryStore.open({ dir, clock: () => new Date(Date.UTC(2026, 0, 2, 12, 0, t++)) }); // migrates; its snapshot holds the schema-1 index
    const old = next.snapshots().find((snap) => snap.reason === 'daily')!;
    next.restoreSnapshot(old.name);
    expect(JSON.parse(fs.readFileSync(indexFile, 'utf8')).schemaVersion).toBe(SCHEMA_VERSION);
    expect(LibraryStore.open({ dir }).annotationsOf(id).tags).toEqual([]);
  });

  it('marks an older library with this schema so an older Margin opens it read-only', () => {
    const dir = tempDir();
    const { store } = open(dir);
    const id = store.add(doc('A')).meta.id;
    const indexFile = path.join(dir, 'library.json');
    fs.writeFileSync(indexFile, JSON.stringify({ ...JSON.parse(fs.readFileSync(indexFile, 'utf8')), schemaVersion: 1 }));
    fs.mkdirSync(path.join(dir, 'annotations'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'annotations', `${id}.json`), JSON.stringify({ schemaVersion: 1, articleId: id, tags: ['old'], highlights: [] }));
    const reopened = open(dir);
    expect(JSON.parse(fs.readFileSync(indexFile, 'utf8')).schemaVersion).toBe(SCHEMA_VERSION);
    expect(reopened.store.annotationsOf(id).tags).toEqual(['old']);
    reopened.tags.rename('old', 'new');
    expect(reopened.store.annotationsOf(id).tags).toEqual(['new']);
  });
});

// ---- against an eager model --------------------------------------------------------------------

type ModelArticle = { tags: string[]; highlights: Map<string, string[]> };
type Model = Map<string, ModelArticle>;

/** One name a change took out of a list: where it stood, and the new name it became (none: deleted or merged). */
type Pair = { tag: string; at: number; as?: string };

const sameKey = (a: string, b: string) => tagKey(a) === tagKey(b);
const holds = (list: readonly string[], tag: string) => list.some((x) => sameKey(x, tag));

/** The model's rename: every matching tag rewritten at once; onto a name the list keeps, merged into it. */
function modelRename(tags: string[], from: string, to: string | null): { tags: string[]; pairs: Pair[] } | null {
  const f = tagKey(from);
  const hit = (t: string) => tagKey(t) === f || tagKey(t).startsWith(`${f}/`);
  if (!tags.some(hit)) return null;
  const kept = tags.filter((t) => !hit(t));
  const out: string[] = [];
  const pairs: Pair[] = [];
  tags.forEach((t, at) => {
    if (!hit(t)) {
      if (!holds(out, t)) out.push(t);
      return;
    }
    const made = to === null ? null : tagKey(t) === f ? to : [to, ...t.split('/').slice(f.split('/').length)].join('/');
    if (made === null || holds(kept, made)) return void pairs.push({ tag: t, at });
    pairs.push({ tag: t, at, as: made });
    if (!holds(out, made)) out.push(made);
  });
  return { tags: out, pairs };
}

/** The model's undo of one change on one list: what it made goes and what it took returns, unless that is gone since. */
function modelUndo(tags: string[], pairs: Pair[]): string[] {
  const back = pairs.filter((p) => p.as === undefined || holds(tags, p.as));
  let out = tags.filter((t) => !back.some((p) => p.as !== undefined && sameKey(p.as, t)));
  for (const p of back) if (!holds(out, p.tag)) out = [...out.slice(0, p.at), p.tag, ...out.slice(p.at)];
  return out;
}

const VOCABULARY = ['war', 'war/tanks', 'War/Air', 'losses', 'Losses/daily', 'diplomacy', 'diplomacy/slovakia', 'air defense'];

describe('the tag log against an eager model', () => {
  it.each([1, 2, 3])('random changes from two processes (seed %i) match renaming every file at once', (seed) => {
    const r = mulberry32(seed * 7919);
    const pick = <T,>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
    const someTags = () => mergeTags([], VOCABULARY.filter(() => r() < 0.25));
    const dir = tempDir();
    const views = [open(dir), open(dir)];
    const model: Model = new Map();
    for (let i = 0; i < 8; i++) {
      const id = views[0]!.store.add(doc(`Article ${i}`)).meta.id;
      model.set(id, { tags: [], highlights: new Map() });
    }
    const ids = [...model.keys()];
    const changes: Array<{ token: string; did: Map<string, { tags?: Pair[]; highlights: Map<string, Pair[]> }>; undone: boolean }> = [];
    let hid = 0;

    const check = (view: ReturnType<typeof open>) => {
      for (const [id, m] of model) {
        const a = view.store.annotationsOf(id);
        expect(a.tags).toEqual(m.tags);
        expect(new Map(a.highlights.map((h) => [h.id, h.tags]))).toEqual(m.highlights);
      }
      const counts = new Map<string, { articles: number; passages: number }>();
      const bump = (t: string, kind: 'articles' | 'passages') => {
        const c = counts.get(tagKey(t)) ?? { articles: 0, passages: 0 };
        c[kind]++;
        counts.set(tagKey(t), c);
      };
      for (const m of model.values()) {
        m.tags.forEach((t) => bump(t, 'articles'));
        for (const hs of m.highlights.values()) hs.forEach((t) => bump(t, 'passages'));
      }
      expect(new Map(view.tags.list().map((t) => [tagKey(t.tag), { articles: t.articles, passages: t.passages }]))).toEqual(counts);
      const filter = pick(VOCABULARY);
      const want = ids.filter((id) => {
        const m = model.get(id)!;
        return [...m.tags, ...[...m.highlights.values()].flat()].some((t) => tagKey(t) === tagKey(filter) || tagKey(t).startsWith(`${tagKey(filter)}/`));
      });
      expect(view.tags.filterArticles(view.store.summaries(), [filter]).map((x) => x.id).sort()).toEqual(want.sort());
    };

    for (let step = 0; step < 120; step++) {
      const view = pick(views);
      const id = pick(ids);
      const m = model.get(id)!;
      const op = r();
      if (op < 0.2) {
        const tags = someTags();
        view.tags.setArticleTags(id, tags);
        m.tags = tags;
      } else if (op < 0.4) {
        const tags = someTags();
        const h = `h${hid++}`;
        view.store.updateAnnotations(id, (d) => void d.highlights.push(highlight(id, h, tags)));
        m.highlights.set(h, tags);
      } else if (op < 0.5 && m.highlights.size > 0) {
        const h = pick([...m.highlights.keys()]);
        const tags = someTags();
        view.store.updateAnnotations(id, (d) => void (d.highlights.find((x) => x.id === h)!.tags = tags));
        m.highlights.set(h, tags);
      } else if (op < 0.85) {
        const from = pick(VOCABULARY);
        const to = r() < 0.25 ? null : pick(VOCABULARY);
        if (to !== null && tagKey(to).startsWith(`${tagKey(from)}/`)) {
          expect(() => view.tags.rename(from, to)).toThrow(/into its own sub-tag/);
          check(pick(views));
          continue;
        }
        const did = new Map<string, { tags?: Pair[]; highlights: Map<string, Pair[]> }>();
        let articles = 0;
        let passages = 0;
        for (const [aid, a] of model) {
          const entry: { tags?: Pair[]; highlights: Map<string, Pair[]> } = { highlights: new Map() };
          const next = modelRename(a.tags, from, to);
          if (next) {
            entry.tags = next.pairs;
            a.tags = next.tags;
            articles++;
          }
          for (const [h, tags] of a.highlights) {
            const nh = modelRename(tags, from, to);
            if (nh) {
              entry.highlights.set(h, nh.pairs);
              a.highlights.set(h, nh.tags);
              passages++;
            }
          }
          if (entry.tags || entry.highlights.size) did.set(aid, entry);
        }
        if (did.size === 0) {
          expect(() => (to === null ? view.tags.delete(from) : view.tags.rename(from, to))).toThrow(/No article or passage is tagged/);
        } else {
          const change = to === null ? view.tags.delete(from) : view.tags.rename(from, to);
          expect([change.articles, change.passages]).toEqual([articles, passages]);
          changes.push({ token: change.undoToken, did, undone: false });
        }
      } else if (changes.length > 0) {
        const c = pick(changes.slice(-5));
        if (c.undone) expect(() => view.tags.undoChange(c.token)).toThrow(/no longer be undone/);
        else {
          view.tags.undoChange(c.token);
          c.undone = true;
          for (const [aid, d] of c.did) {
            const a = model.get(aid)!;
            if (d.tags) a.tags = modelUndo(a.tags, d.tags);
            for (const [h, pairs] of d.highlights) if (a.highlights.has(h)) a.highlights.set(h, modelUndo(a.highlights.get(h)!, pairs));
          }
        }
      }
      check(pick(views));
    }
    // A restart sees the same; and once every file has taken the log in, the files say it alone.
    const fresh = open(dir);
    check(fresh);
    for (const id of ids) fresh.store.updateAnnotations(id, () => undefined);
    for (const [id, m] of model) {
      const raw = JSON.parse(fs.readFileSync(path.join(dir, 'annotations', `${id}.json`), 'utf8'));
      expect(raw.tags).toEqual(m.tags);
    }
    check(open(dir));
  });
});
