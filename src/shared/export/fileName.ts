// File names for exported articles: made from titles, safe on Windows, macOS and Linux, never a
// path, at most 200 UTF-8 bytes, unique in a folder. Pure string work: it never looks at a disk.

/** Longest file name written, in UTF-8 bytes, extension included. */
export const MAX_NAME_BYTES = 200;
const EXTENSION = '.md';
/** Room kept for a " (9999)" uniqueness suffix. */
const SUFFIX_ROOM = 8;

// Forbidden on Windows (<>:"/\|?*), control characters, and what breaks Obsidian links (#^[]|).
const FORBIDDEN = /[<>:"/\\|?*#^[\]\u0000-\u001f\u007f-\u009f]/g;
// Invisible characters that can disguise a name (bidi overrides, marks, BOM).
const INVISIBLE = /[\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;

/** Size of a string in UTF-8 bytes. */
export function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}

function graphemes(s: string): string[] {
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    return Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(s), (g) => g.segment);
  }
  return Array.from(s);
}

/** Cuts `s` to at most `maxBytes` UTF-8 bytes, never inside a character or an emoji sequence. */
export function truncateUtf8(s: string, maxBytes: number): string {
  if (utf8Length(s) <= maxBytes) return s;
  let out = '';
  let bytes = 0;
  for (const g of graphemes(s)) {
    const b = utf8Length(g);
    if (bytes + b > maxBytes) break;
    out += g;
    bytes += b;
  }
  return out;
}

const trimEnds = (s: string) => s.replace(/^[\s.]+/, '').replace(/[\s.]+$/, '');

/** The stem (name without ".md") a title gives: cleaned, shortened, never empty or reserved. */
export function fileStem(title: string): string {
  let stem = trimEnds(
    title
      .normalize('NFC')
      .replace(INVISIBLE, '')
      .replace(FORBIDDEN, ' ')
      .replace(/\s+/g, ' '),
  );
  stem = trimEnds(truncateUtf8(stem, MAX_NAME_BYTES - utf8Length(EXTENSION) - SUFFIX_ROOM));
  if (stem === '') stem = 'Untitled';
  const first = stem.split('.')[0]!;
  if (RESERVED.test(first.trim())) stem = `${first.trimEnd()}_${stem.slice(first.length)}`;
  return stem;
}

/** A safe file name for a title ("My Article.md"). */
export function safeFileName(title: string): string {
  return fileStem(title) + EXTENSION;
}

/** How names compare in a folder: case-insensitive and normalisation-insensitive, as on macOS and Windows. */
export function nameKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

/**
 * A safe file name for `title` that is not in `taken` (keys from `nameKey`): "Title.md", then
 * "Title (2).md", … The chosen name is added to `taken`.
 */
export function uniqueFileName(title: string, taken: Set<string>): string {
  const stem = fileStem(title);
  let name = stem + EXTENSION;
  for (let n = 2; taken.has(nameKey(name)); n++) name = `${stem} (${n})${EXTENSION}`;
  taken.add(nameKey(name));
  return name;
}
