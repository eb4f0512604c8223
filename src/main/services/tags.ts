// Tags on articles and on passages: the list with counts, filtering by several tags at once,
// and rename / merge / delete across the whole library as single steps that can be undone.
import crypto from 'node:crypto';
import type { TagChange, TagInfo } from '../../shared/api/contract';
import { MarginError } from '../../shared/api/result';
import { mergeTags, normalizeTag, tagKey } from '../../shared/tags';
import type { ArticleSummary } from '../../shared/types';
import type { AnnotationDigest, LibraryStore } from '../library/store';

/** The previous tags of one article and of each of its highlights, for undo. */
interface Snapshot {
  articleId: string;
  tags: string[];
  highlightTags: Record<string, string[]>;
}

const MAX_UNDO = 20;

/** A tag's key and the keys of its ancestors (`war/equipment` → `war/equipment`, `war`). */
function withAncestors(tag: string): string[] {
  const parts = tagKey(tag).split('/');
  return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
}

/** Rewrites `tag` when it is `from` (whose key is `f`) or nested below it; undefined when it is not affected. */
function renamed(tag: string, from: string, f: string, to: string | null): string | null | undefined {
  const k = tagKey(tag);
  if (k === f) return to;
  if (k.startsWith(`${f}/`)) return to === null ? null : `${to}${tag.slice(from.length)}`;
  return undefined;
}

export class Tags {
  /** Per digest (the store's compact summary of an article's annotations): every tag key it
   * carries, ancestors included. A changed article gets a new digest, so this rebuilds itself. */
  private readonly keys = new WeakMap<AnnotationDigest, Set<string>>();
  private readonly undo = new Map<string, Snapshot[]>();

  constructor(private readonly store: LibraryStore) {}

  private keysOf(id: string): Set<string> {
    const digest = this.store.annotationDigest(id);
    let set = this.keys.get(digest);
    if (!set) {
      set = new Set<string>();
      for (const t of digest.tags) for (const k of withAncestors(t)) set.add(k);
      for (const p of digest.passageTags) for (const k of withAncestors(p.tag)) set.add(k);
      this.keys.set(digest, set);
    }
    return set;
  }

  /** Keeps the rows that carry every one of `tags` (on the article or on one of its passages). */
  filterArticles(rows: ArticleSummary[], tags: readonly string[]): ArticleSummary[] {
    if (tags.length === 0) return rows;
    const wanted = tags.map((t) => tagKey(normalizeTag(t)));
    return rows.filter((r) => {
      const keys = this.keysOf(r.id);
      return wanted.every((k) => keys.has(k));
    });
  }

  /** Every tag in the library with its counts, most used first. */
  list(): TagInfo[] {
    const byKey = new Map<string, TagInfo & { names: Map<string, number> }>();
    const touch = (tag: string, kind: 'articles' | 'passages', count: number, when: string | null) => {
      const key = tagKey(tag);
      let info = byKey.get(key);
      if (!info) {
        info = { tag, articles: 0, passages: 0, lastUsed: null, names: new Map() };
        byKey.set(key, info);
      }
      info[kind] += count;
      info.names.set(tag, (info.names.get(tag) ?? 0) + count);
      if (when && (!info.lastUsed || when > info.lastUsed)) info.lastUsed = when;
    };
    for (const meta of this.store.metas()) {
      if (meta.trashedAt) continue;
      const digest = this.store.annotationDigest(meta.id);
      for (const t of digest.tags) touch(t, 'articles', 1, meta.addedAt);
      for (const p of digest.passageTags) touch(p.tag, 'passages', p.passages, p.lastUsed);
    }
    return [...byKey.values()]
      .map(({ names, ...info }) => ({ ...info, tag: [...names.entries()].sort((a, b) => b[1] - a[1])[0]![0] }))
      .sort((a, b) => b.articles + b.passages - (a.articles + a.passages) || (b.lastUsed ?? '').localeCompare(a.lastUsed ?? '') || a.tag.localeCompare(b.tag));
  }

  /** Adds tags to an article, merged under the library lock (no concurrent tag is lost). */
  addArticleTags(id: string, tags: readonly string[]): ArticleSummary {
    const clean = mergeTags([], tags);
    this.store.updateAnnotations(id, (d) => {
      d.tags = mergeTags(d.tags, clean);
    });
    return this.store.summary(id);
  }

  /** Removes tags (by key) from an article, under the library lock. */
  removeArticleTags(id: string, tags: readonly string[]): ArticleSummary {
    const drop = new Set(tags.map((t) => tagKey(normalizeTag(t))));
    this.store.updateAnnotations(id, (d) => {
      d.tags = d.tags.filter((t) => !drop.has(tagKey(t)));
    });
    return this.store.summary(id);
  }

  /** Sets an article's own tags (normalised, duplicates by key dropped). */
  setArticleTags(id: string, tags: readonly string[]): ArticleSummary {
    const clean = mergeTags([], tags);
    this.store.updateAnnotations(id, (d) => {
      d.tags = clean;
    });
    return this.store.summary(id);
  }

  /** Renames a tag (and the tags nested below it) everywhere; onto an existing tag it merges. */
  rename(fromRaw: string, toRaw: string): TagChange {
    const from = normalizeTag(fromRaw);
    const to = normalizeTag(toRaw);
    const merged = tagKey(from) !== tagKey(to) && this.list().some((t) => tagKey(t.tag) === tagKey(to));
    return this.rewrite(from, to, merged);
  }

  /** Removes a tag (and the tags nested below it) from every article and passage. */
  delete(raw: string): TagChange {
    return this.rewrite(normalizeTag(raw), null, false);
  }

  /** Puts back exactly the tags an earlier rename or delete changed. */
  undoChange(token: string): { articles: number } {
    const snaps = this.undo.get(token);
    if (!snaps) throw new MarginError('not_found', 'That change can no longer be undone.');
    for (const snap of snaps) {
      this.store.updateAnnotations(snap.articleId, (d) => {
        d.tags = snap.tags;
        for (const h of d.highlights) {
          const before = snap.highlightTags[h.id];
          if (before) h.tags = before;
        }
      });
    }
    this.undo.delete(token);
    return { articles: snaps.length };
  }

  private rewrite(from: string, to: string | null, merged: boolean): TagChange {
    const snaps: Snapshot[] = [];
    let articles = 0;
    let passages = 0;
    const fromKey = tagKey(from);
    const apply = (tags: string[]): string[] | null => {
      let changed = false;
      const out: string[] = [];
      for (const t of tags) {
        const r = renamed(t, from, fromKey, to);
        if (r === undefined) out.push(t);
        else {
          changed = true;
          if (r !== null) out.push(r);
        }
      }
      return changed ? mergeTags([], out) : null;
    };
    const ids = this.store.metas().filter((m) => this.keysOf(m.id).has(fromKey)).map((m) => m.id);
    // One locked batch: the files are written together, not one lock round-trip per article.
    this.store.updateAnnotationsMany(ids, (d, articleId) => {
        const snap: Snapshot = { articleId, tags: [...d.tags], highlightTags: {} };
        const next = apply(d.tags);
        if (next) {
          d.tags = next;
          articles++;
        }
        for (const h of d.highlights) {
          const nh = apply(h.tags);
          if (nh) {
            snap.highlightTags[h.id] = [...h.tags];
            h.tags = nh;
            passages++;
          }
        }
        snaps.push(snap);
    });
    if (snaps.length === 0) throw new MarginError('not_found', `No article or passage is tagged "${from}".`);
    const undoToken = crypto.randomBytes(9).toString('base64url');
    this.undo.set(undoToken, snaps);
    if (this.undo.size > MAX_UNDO) this.undo.delete(this.undo.keys().next().value!);
    return { undoToken, articles, passages, merged };
  }
}
