// Turns Margin tags into tags Obsidian accepts (`#war/equipment`, `#machine-learning`). Pure
// string work; the mapping is one-way by design (spaces and symbols become '-').

const NOT_ALLOWED = /[^\p{L}\p{N}\p{M}_\-/]+/gu;

/**
 * The Obsidian form of a tag, without '#': whitespace and characters Obsidian does not allow
 * become '-', nesting ('/') is kept, an all-digit tag gets a leading '_'. Empty when nothing is left.
 */
export function toObsidianTag(tag: string): string {
  const segments = tag
    .normalize('NFC')
    .replace(/^[\s#]+/, '')
    .split('/')
    .map((s) => s.trim().replace(NOT_ALLOWED, '-').replace(/-{2,}/g, '-').replace(/^-+|-+$/g, ''))
    .filter((s) => s !== '');
  const joined = segments.join('/');
  if (joined === '') return '';
  return /^[\d/]+$/.test(joined) ? `_${joined}` : joined;
}

/** The Obsidian forms of a list of tags: empty ones dropped, duplicates removed, order kept. */
export function toObsidianTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map(toObsidianTag).filter((t) => t !== ''))];
}

/** Tags as they appear in Markdown: "#a #war/equipment". */
export function hashTags(tags: readonly string[]): string {
  return toObsidianTags(tags)
    .map((t) => `#${t}`)
    .join(' ');
}
