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
    store.updateAnnotations(id, (d) => void (d.tags = ['t0']));
    const tokens: string[] = [];
    for (let i = 0; i <= UNDO_WINDOW; i++) {
      tokens.push(tags.rename(`t${i}`, `t${i + 1}`).undoToken);
      if (i % 5 === 0) store.updateAnnotations(id, () => undefined); // the file takes the log in now and then
    }
    expect(() => tags.undoChange(tokens[0]!)).toThrow(/no longer be undone/);
    tags.undoChange(tokens.at(-1)!);
    expect(store.annotationsOf(id).tags).toEqual([`t${UNDO_WINDOW}`]);
    tags.undoChange(tokens[1]!); // the oldest still in the window: back to before it (t1)
    expect(open(dir).store.annotationsOf(id).tags).toEqual(['t1']);
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

/** The model's rename: every matching tag rewritten at once, duplicates (by key) merged. */
function modelRename(tags: string[], from: string, to: string | null): string[] | null {
  const f = tagKey(from);
  let hit = false;
  const out: string[] = [];
  for (const t of tags) {
    const k = tagKey(t);
    if (k === f || k.startsWith(`${f}/`)) {
      hit = true;
      if (to !== null) out.push(k === f ? to : `${to}${t.slice(from.length)}`);
    } else out.push(t);
  }
  return hit ? mergeTags([], out) : null;
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
    const changes: Array<{ token: string; before: Map<string, { tags?: string[]; highlights: Map<string, string[]> }>; undone: boolean }> = [];
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
        const before = new Map<string, { tags?: string[]; highlights: Map<string, string[]> }>();
        let articles = 0;
        let passages = 0;
        for (const [aid, a] of model) {
          const entry = { highlights: new Map<string, string[]>() } as { tags?: string[]; highlights: Map<string, string[]> };
          const next = modelRename(a.tags, from, to);
          if (next) {
            entry.tags = a.tags;
            a.tags = next;
            articles++;
          }
          for (const [h, tags] of a.highlights) {
            const nh = modelRename(tags, from, to);
            if (nh) {
              entry.highlights.set(h, tags);
              a.highlights.set(h, nh);
              passages++;
            }
          }
          if (entry.tags || entry.highlights.size) before.set(aid, entry);
        }
        if (before.size === 0) {
          expect(() => (to === null ? view.tags.delete(from) : view.tags.rename(from, to))).toThrow(/No article or passage is tagged/);
        } else {
          const change = to === null ? view.tags.delete(from) : view.tags.rename(from, to);
          expect([change.articles, change.passages]).toEqual([articles, passages]);
          changes.push({ token: change.undoToken, before, undone: false });
        }
      } else if (changes.length > 0) {
        const c = pick(changes.slice(-5));
        if (c.undone) expect(() => view.tags.undoChange(c.token)).toThrow(/no longer be undone/);
        else {
          view.tags.undoChange(c.token);
          c.undone = true;
          for (const [aid, b] of c.before) {
            const a = model.get(aid)!;
            if (b.tags) a.tags = b.tags;
            for (const [h, tags] of b.highlights) if (a.highlights.has(h)) a.highlights.set(h, tags);
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
