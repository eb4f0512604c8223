// Tags on articles and on passages: the list with counts, filtering by several tags at once,
// and rename / merge / delete across the whole library as single steps that can be undone (one
// entry in the library's tag log each; see src/main/library/tagLog.ts).
import type { TagChange, TagInfo } from '../../shared/api/contract';
import { MarginError } from '../../shared/api/result';
import { mergeTags, normalizeTag, tagKey } from '../../shared/tags';
import type { ArticleSummary } from '../../shared/types';
import type { AnnotationDigest, LibraryStore } from '../library/store';
import { renamedTag } from '../library/tagLog';

/**
 * Whether an article carries the tag with key `key`, or one nested below it, on itself or on a
 * passage: the key or one of its ancestors' keys is `key`. Allocates nothing (it runs over 10,000
 * digests per filter).
 */
function carries(d: AnnotationDigest, key: string): boolean {
  const below = `${key}/`;
  for (const t of d.tags) {
    const k = tagKey(t);
    if (k === key || k.startsWith(below)) return true;
  }
  for (const p of d.passageTags) {
    const k = tagKey(p.tag);
    if (k === key || k.startsWith(below)) return true;
  }
  return false;
}

export class Tags {
  constructor(private readonly store: LibraryStore) {}

  /** Keeps the rows that carry every one of `tags` (on the article or on one of its passages). */
  filterArticles(rows: ArticleSummary[], tags: readonly string[]): ArticleSummary[] {
    if (tags.length === 0) return rows;
    const wanted = tags.map((t) => tagKey(normalizeTag(t)));
    return rows.filter((r) => {
      const digest = this.store.annotationDigest(r.id);
      return wanted.every((k) => carries(digest, k));
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
    for (const meta of this.store.metasWithDigests()) {
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

  /** Removes and adds an article's tags in one locked write, onto the tags on disk (no concurrent tag is lost). */
  editArticleTags(id: string, add: readonly string[], remove: readonly string[]): ArticleSummary {
    const added = mergeTags([], add);
    const drop = new Set(remove.map((t) => tagKey(normalizeTag(t))));
    this.store.updateAnnotations(id, (d) => {
      d.tags = mergeTags(d.tags.filter((t) => !drop.has(tagKey(t))), added);
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
    if (tagKey(to).startsWith(`${tagKey(from)}/`)) throw new MarginError('bad_input', `"${from}" cannot be renamed into its own sub-tag "${to}".`);
    const merged = tagKey(from) !== tagKey(to) && this.list().some((t) => tagKey(t.tag) === tagKey(to));
    return this.change(from, to, merged);
  }

  /** Removes a tag (and the tags nested below it) from every article and passage. */
  delete(raw: string): TagChange {
    return this.change(normalizeTag(raw), null, false);
  }

  /** Puts back exactly the tags an earlier rename or delete changed (one of the last 20 changes). */
  undoChange(token: string): { articles: number } {
    const change = this.store.undoTagChange(token);
    return { articles: change.articles.length };
  }

  /**
   * One entry in the tag log, planned under the library lock: which articles carry the tag (their
   * digests say), and how many articles and passages change — counted from the digests, or from the
   * file where one passage may carry two affected tags.
   */
  private change(from: string, to: string | null, merged: boolean): TagChange {
    const fromKey = tagKey(from);
    const hit = (t: string) => renamedTag(t, fromKey, to) !== undefined;
    const made = this.store.changeTags(() => {
      const ids = this.store.metasWithDigests().filter((m) => carries(this.store.annotationDigest(m.id), fromKey)).map((m) => m.id);
      if (ids.length === 0) return null;
      // Every name the change makes must be a tag (a nested one may grow too long): refused before anything is written.
      for (const id of ids) {
        const digest = this.store.annotationDigest(id);
        for (const t of [...digest.tags, ...digest.passageTags.map((p) => p.tag)]) {
          const next = renamedTag(t, fromKey, to);
          if (!next) continue;
          try {
            normalizeTag(next);
          } catch (err) {
            throw new MarginError('bad_input', `Renaming "${from}" to "${to}" would turn "${t}" into a tag that is not allowed: ${(err as Error).message}`);
          }
        }
      }
      let articles = 0;
      let passages = 0;
      for (const id of ids) {
        const digest = this.store.annotationDigest(id);
        if (digest.tags.some(hit)) articles++;
        const affected = digest.passageTags.filter((p) => hit(p.tag));
        if (affected.length === 1) passages += affected[0]!.passages;
        else if (affected.length > 1) passages += this.store.annotationsOf(id).highlights.filter((h) => h.tags.some(hit)).length;
      }
      return { from, to, articles: ids, result: { articles, passages } };
    });
    if (!made) throw new MarginError('not_found', `No article or passage is tagged "${from}".`);
    return { undoToken: made.entry.id, ...made.result, merged };
  }
}
