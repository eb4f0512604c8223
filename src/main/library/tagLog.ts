// The tag log: renames, merges and deletes of tags kept as entries of one small file, so such a
// change writes one file whatever the size of the library. Each annotations file records the last
// entry it includes (its watermark); later entries are applied when the file is read and baked in
// when it is next written. Applying an entry keeps what it replaced in that file (for the last
// UNDO_WINDOW changes), so an undo entry puts back exactly what the change took away.
// Pure functions only: the file itself is tagLogFile.ts.
import { mergeTags, tagKey } from '../../shared/tags';
import type { ArticleAnnotations } from '../../shared/types';
import type { AnnotationDigest, PassageTag } from './summaryCache';

/** How many of the latest changes can be undone (older ones keep no record of what they replaced). */
export const UNDO_WINDOW = 20;

/** A rename (onto an existing tag: a merge) or, with `to` null, a delete of `from` and the tags below it. */
export interface TagChangeEntry {
  seq: number;
  /** Random; the undo token handed to the user. */
  id: string;
  at: string;
  from: string;
  to: string | null;
  /** Ids of the articles it changed when it was made; emptied once it can no longer be undone. */
  articles: string[];
}

/** Undoes the change whose seq is `undoes`. */
export interface TagUndoEntry {
  seq: number;
  id: string;
  at: string;
  undoes: number;
}

export type TagLogEntry = TagChangeEntry | TagUndoEntry;

export interface TagLogData {
  schemaVersion: number;
  /** Changes when the log is restored or recovered: digests made under another generation are stale. */
  generation: string;
  /** In seq order. Seqs only grow, across restores and recoveries too (see nextSeq). */
  entries: TagLogEntry[];
}

/** What one change replaced in one article: its tags, and each changed highlight's tags. */
export interface Replaced {
  seq: number;
  tags?: string[];
  highlights?: Record<string, string[]>;
}

/** The bookkeeping an annotations file keeps beside its tags and highlights. */
export interface TagState {
  /** The seq of the last log entry included in the file. */
  seq: number;
  replaced: Replaced[];
}

export const NO_TAG_STATE: TagState = { seq: 0, replaced: [] };

export const isUndo = (e: TagLogEntry): e is TagUndoEntry => 'undoes' in e;

export const headOf = (log: TagLogData): number => log.entries.at(-1)?.seq ?? 0;

/**
 * The next entry's seq: above the last one and at least the clock's milliseconds, so a log rebuilt
 * from a backup (or lost) still numbers new entries above every watermark already written.
 */
export const nextSeq = (log: TagLogData, now: Date): number => Math.max(headOf(log) + 1, now.getTime());

/** The entries after `seq`, in order. */
export function pendingAfter(entries: readonly TagLogEntry[], seq: number): TagLogEntry[] {
  let i = entries.length;
  while (i > 0 && entries[i - 1]!.seq > seq) i--;
  return entries.slice(i);
}

/** The oldest seq that can still be undone (its replaced tags are still kept in the files). */
export function undoFloor(entries: readonly TagLogEntry[]): number {
  const changes = entries.filter((e) => !isUndo(e));
  return changes.length > UNDO_WINDOW ? changes[changes.length - UNDO_WINDOW]!.seq : 0;
}

/** `tag` after a change of `from` (key `fromKey`) to `to`: nested tags follow; undefined when not affected. */
export function renamedTag(tag: string, from: string, fromKey: string, to: string | null): string | null | undefined {
  const k = tagKey(tag);
  if (k === fromKey) return to;
  if (k.startsWith(`${fromKey}/`)) return to === null ? null : `${to}${tag.slice(from.length)}`;
  return undefined;
}

/** `tags` after the change, duplicates (by key) merged; null when none of them is affected. */
export function renameTags(tags: readonly string[], e: TagChangeEntry): string[] | null {
  const fromKey = tagKey(e.from);
  let out: string[] | null = null;
  tags.forEach((t, i) => {
    const r = renamedTag(t, e.from, fromKey, e.to);
    if (r === undefined) {
      out?.push(t);
      return;
    }
    out ??= tags.slice(0, i);
    if (r !== null) out.push(r);
  });
  return out === null ? null : mergeTags([], out);
}

/**
 * One article's annotations with `pending` entries applied, and its new bookkeeping. The inputs are
 * not changed; unchanged data is returned as the same object.
 */
export function applyEntries<A extends ArticleAnnotations>(data: A, state: TagState, pending: readonly TagLogEntry[], floor: number): { data: A; state: TagState } {
  let tags = data.tags;
  let highlights = data.highlights;
  const replaced = [...state.replaced];
  let seq = state.seq;
  for (const e of pending) {
    seq = e.seq;
    if (isUndo(e)) {
      const i = replaced.findIndex((r) => r.seq === e.undoes);
      if (i < 0) continue; // the change did not touch this article
      const [r] = replaced.splice(i, 1);
      if (r!.tags) tags = r!.tags;
      const before = r!.highlights;
      if (before) highlights = highlights.map((h) => (before[h.id] ? { ...h, tags: before[h.id]! } : h));
      continue;
    }
    const record: Replaced = { seq: e.seq };
    const nextTags = renameTags(tags, e);
    if (nextTags) {
      record.tags = tags;
      tags = nextTags;
    }
    let changed = false;
    const nextHighlights = highlights.map((h) => {
      const next = renameTags(h.tags ?? [], e);
      if (!next) return h;
      (record.highlights ??= {})[h.id] = h.tags;
      changed = true;
      return { ...h, tags: next };
    });
    if (changed) highlights = nextHighlights;
    if (record.tags || record.highlights) replaced.push(record);
  }
  const kept = replaced.filter((r) => r.seq >= floor);
  const same = tags === data.tags && highlights === data.highlights;
  return { data: same ? data : { ...data, tags, highlights }, state: { seq, replaced: kept } };
}

/**
 * A digest brought past `pending` entries without reading its file: the same object when none
 * affects it, a new one for a plain rename, null when only the file can tell (a passage tag
 * renamed onto another it also carries, or an undo of a change that touched this article).
 */
export function applyToDigest(id: string, digest: AnnotationDigest, pending: readonly TagLogEntry[], touchedBy: (seq: number) => ReadonlySet<string> | undefined): AnnotationDigest | null {
  let d = digest;
  for (const e of pending) {
    if (isUndo(e)) {
      if (touchedBy(e.undoes)?.has(id) ?? true) return null;
      continue;
    }
    const tags = renameTags(d.tags, e);
    const fromKey = tagKey(e.from);
    const renamed = d.passageTags.map((p) => ({ p, r: renamedTag(p.tag, e.from, fromKey, e.to) }));
    let passageTags: PassageTag[] | null = null;
    if (renamed.some((x) => x.r !== undefined)) {
      passageTags = [];
      const keys = new Set<string>();
      for (const { p, r } of renamed) {
        if (r === null) continue;
        const key = tagKey(r ?? p.tag);
        if (keys.has(key)) return null; // two tags became one: how many passages carry it is in the file
        keys.add(key);
        passageTags.push(r === undefined ? p : { ...p, tag: r });
      }
    }
    if (tags || passageTags) d = { ...d, tags: tags ?? d.tags, passageTags: passageTags ?? d.passageTags };
  }
  return d;
}
