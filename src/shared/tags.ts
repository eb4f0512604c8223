// Tag names: matched without regard to case and surrounding spaces, stored in Unicode NFC, nested
// with "/" as Obsidian does (`war/equipment`). One function decides what a tag is.
import { MarginError } from './api/result';

export const MAX_TAG_LENGTH = 100;
/** How many distinct names the memos below keep (a library has a few hundred tags, used over and over). */
const REMEMBERED = 4096;

const normalized = new Map<string, string>();

/** Normalises a tag as typed; throws bad_input with a message for empty or over-long names. */
export function normalizeTag(raw: string): string {
  let tag = normalized.get(raw);
  if (tag === undefined) {
    tag = normalizeNew(raw);
    if (normalized.size >= REMEMBERED) normalized.clear();
    normalized.set(raw, tag);
  }
  return tag;
}

function normalizeNew(raw: string): string {
  const tag = raw
    .normalize('NFC')
    .trim()
    .replace(/^#+/, '')
    .split('/')
    .map((part) => part.trim().replace(/\s+/g, ' '))
    .filter((part) => part.length > 0)
    .join('/');
  if (tag.length === 0) throw new MarginError('bad_input', 'A tag needs at least one letter or digit.');
  if (tag.length > MAX_TAG_LENGTH) {
    throw new MarginError('bad_input', `Tags are at most ${MAX_TAG_LENGTH} characters; this one has ${tag.length}.`);
  }
  if (/[\u0000-\u001f#,]/.test(tag)) throw new MarginError('bad_input', `A tag cannot contain "#", "," or control characters: ${tag}`);
  return tag;
}

const keys = new Map<string, string>();

/** The key two tags are compared by: the same key means the same tag. */
export function tagKey(tag: string): string {
  let key = keys.get(tag);
  if (key === undefined) {
    key = tag.normalize('NFC').toLocaleLowerCase('und');
    if (keys.size >= REMEMBERED) keys.clear();
    keys.set(tag, key);
  }
  return key;
}

/** Adds tags to a list, skipping ones already there (by key); returns a new list. */
export function mergeTags(existing: readonly string[], added: readonly string[]): string[] {
  const out = [...existing];
  const keys = new Set(out.map(tagKey));
  for (const raw of added) {
    const tag = normalizeTag(raw);
    if (!keys.has(tagKey(tag))) {
      keys.add(tagKey(tag));
      out.push(tag);
    }
  }
  return out;
}

/** True when `tag` is `filter` or nested below it (`war/equipment` matches filter `war`). */
export function tagMatches(tag: string, filter: string): boolean {
  const t = tagKey(tag);
  const f = tagKey(filter);
  return t === f || t.startsWith(`${f}/`);
}
