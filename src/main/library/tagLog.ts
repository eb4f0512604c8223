// The tag log: renames, merges and deletes of tags kept as entries of one small file, so such a
// change writes one file whatever the size of the library. Each annotations file records the last
// entry it includes (its watermark); later entries are applied when the file is read and baked in
// when it is next written. Applying an entry keeps, in that file, what it did to each list of tags
// (for the last UNDO_WINDOW changes), so an undo entry takes back exactly that and nothing since.
// Pure functions only: the file itself is tagLogFile.ts.
import { tagKey } from '../../shared/tags';
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
  /** New entries number above this: the highest seq a file may already include (set by a restore or a recovery). */
  seqFloor?: number;
}

/**
 * What one change did to one list of tags: each name it took out, where it stood, and the new name
 * it became (`as`; none when it was deleted or merged into a tag the list already had).
 */
export interface TagEdit {
  removed: Array<{ tag: string; at: number; as?: string }>;
}

/** What one change did in one article: to its tags, and to each changed highlight's tags. */
export interface Replaced {
  seq: number;
  tags?: TagEdit;
  highlights?: Record<string, TagEdit>;
}

/** The bookkeeping an annotations file keeps beside its tags and highlights. */
export interface TagState {
  /** The seq of the last log entry included in the file. */
  seq: number;
  replaced: Replaced[];
}

export const isUndo = (e: TagLogEntry): e is TagUndoEntry => 'undoes' in e;

export const headOf = (log: TagLogData): number => log.entries.at(-1)?.seq ?? 0;

/**
 * The next entry's seq: above the last one, above the floor a restore or recovery set, and at least
 * the clock's milliseconds, so new entries number above every watermark already written.
 */
export const nextSeq = (log: TagLogData, now: Date): number => Math.max(headOf(log) + 1, (log.seqFloor ?? 0) + 1, now.getTime());

/** The entries after `seq`, in order. */
export function pendingAfter(entries: readonly TagLogEntry[], seq: number): TagLogEntry[] {
  let i = entries.length;
  while (i > 0 && entries[i - 1]!.seq > seq) i--;
  return entries.slice(i);
}

const floors = new WeakMap<readonly TagLogEntry[], number>();

/** The oldest seq that can still be undone (what it did is still kept in the files). Memoised per log. */
export function undoFloor(entries: readonly TagLogEntry[]): number {
  let floor = floors.get(entries);
  if (floor === undefined) {
    const changes = entries.filter((e) => !isUndo(e));
    floor = changes.length > UNDO_WINDOW ? changes[changes.length - UNDO_WINDOW]!.seq : 0;
    floors.set(entries, floor);
  }
  return floor;
}

/**
 * `tag` after a change of the tag whose key is `fromKey` to `to`: nested tags follow, their own segments
 * kept (counted by segment: a key may be longer than its spelling); undefined when not affected.
 */
export function renamedTag(tag: string, fromKey: string, to: string | null): string | null | undefined {
  const k = tagKey(tag);
  if (k === fromKey) return to;
  if (!k.startsWith(`${fromKey}/`)) return undefined;
  if (to === null) return null;
  return `${to}/${tag.split('/').slice(fromKey.split('/').length).join('/')}`;
}

/**
 * `tags` after the change, and what it did (for undo); null when none of them is affected. A name
 * renamed onto one the list already has merges into it (that one keeps its place and spelling).
 * Never throws: names are compared by key, not normalised again.
 */
export function renameTags(tags: readonly string[], e: TagChangeEntry): { tags: string[]; edit: TagEdit } | null {
  const fromKey = tagKey(e.from);
  const renamed = tags.map((t) => renamedTag(t, fromKey, e.to));
  if (renamed.every((r) => r === undefined)) return null;
  const kept = new Set(tags.filter((_, i) => renamed[i] === undefined).map(tagKey));
  const seen = new Set<string>();
  const out: string[] = [];
  const edit: TagEdit = { removed: [] };
  tags.forEach((t, i) => {
    const r = renamed[i];
    if (r === undefined) {
      if (!seen.has(tagKey(t))) out.push(t);
      seen.add(tagKey(t));
      return;
    }
    const made = r !== null && !kept.has(tagKey(r));
    edit.removed.push(made ? { tag: t, at: i, as: r } : { tag: t, at: i });
    if (!made || seen.has(tagKey(r))) return;
    seen.add(tagKey(r));
    out.push(r);
  });
  return { tags: out, edit };
}

/**
 * `tags` with one change taken back, and nothing done since: a name it made goes and the name it
 * came from returns to its place — unless that name is gone already (renamed or removed since);
 * a deleted or merged name returns. Names are compared by key.
 */
export function undoEdit(tags: readonly string[], edit: TagEdit): string[] {
  const present = new Set(tags.map(tagKey));
  const back = edit.removed.filter((r) => r.as === undefined || present.has(tagKey(r.as)));
  const drop = new Set(back.flatMap((r) => (r.as === undefined ? [] : [tagKey(r.as)])));
  const out = tags.filter((t) => !drop.has(tagKey(t)));
  const keys = new Set(out.map(tagKey));
  for (const { tag, at } of back) {
    if (keys.has(tagKey(tag))) continue;
    keys.add(tagKey(tag));
    out.splice(Math.min(at, out.length), 0, tag);
  }
  return out;
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
      if (r!.tags) tags = undoEdit(tags, r!.tags);
      const edits = r!.highlights;
      if (edits) highlights = highlights.map((h) => (edits[h.id] ? { ...h, tags: undoEdit(h.tags ?? [], edits[h.id]!) } : h));
      continue;
    }
    const record: Replaced = { seq: e.seq };
    const nextTags = renameTags(tags, e);
    if (nextTags) {
      record.tags = nextTags.edit;
      tags = nextTags.tags;
    }
    let changed = false;
    const nextHighlights = highlights.map((h) => {
      const next = renameTags(h.tags ?? [], e);
      if (!next) return h;
      (record.highlights ??= {})[h.id] = next.edit;
      changed = true;
      return { ...h, tags: next.tags };
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
      // Only a change still listing its articles can clear this one; an emptied list means "unknown".
      const touched = touchedBy(e.undoes);
      if (!touched || touched.size === 0 || touched.has(id)) return null;
      continue;
    }
    const tags = renameTags(d.tags, e)?.tags;
    const fromKey = tagKey(e.from);
    const renamed = d.passageTags.map((p) => ({ p, r: renamedTag(p.tag, fromKey, e.to) }));
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
