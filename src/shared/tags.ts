// Tag names: matched without regard to case and surrounding spaces, stored in Unicode NFC, nested
// with "/" as Obsidian does (`war/equipment`). One function decides what a tag is.
import { MarginError } from './api/result';

export const MAX_TAG_LENGTH = 100;

/** Normalises a tag as typed; throws bad_input with a message for empty or over-long names. */
export function normalizeTag(raw: string): string {
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

/** The key two tags are compared by: the same key means the same tag. */
export const tagKey = (tag: string) => tag.normalize('NFC').toLocaleLowerCase('und');

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
