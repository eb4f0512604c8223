// Margin's deep links (`margin://article/<id>#highlight-<id>`) and Obsidian block ids (`^hl-…`):
// building them and reading them back. Pure string work.
import type { Highlight } from '../types';

const SCHEME = 'margin://article/';

/** The deep link that opens an article in Margin. */
export function articleLink(articleId: string): string {
  return SCHEME + encodeURIComponent(articleId);
}

/** The deep link that opens an article in Margin scrolled to one highlight. */
export function highlightLink(articleId: string, highlightId: string): string {
  return `${articleLink(articleId)}#highlight-${encodeURIComponent(highlightId)}`;
}

/** Reads a Margin deep link; null for anything else. */
export function parseMarginLink(href: string): { articleId: string; highlightId: string | null } | null {
  if (!href.startsWith(SCHEME)) return null;
  const [path = '', fragment] = href.slice(SCHEME.length).split('#', 2);
  if (path === '' || path.includes('/')) return null;
  try {
    const articleId = decodeURIComponent(path);
    if (fragment === undefined) return { articleId, highlightId: null };
    if (!fragment.startsWith('highlight-') || fragment.length === 'highlight-'.length) return null;
    return { articleId, highlightId: decodeURIComponent(fragment.slice('highlight-'.length)) };
  } catch {
    return null;
  }
}

const SHORT = 8;

/**
 * Obsidian block ids ("hl-1a2b3c4d", letters, digits and '-' only) for one article's highlights,
 * by highlight id. Built from the end of each id (the random part), so they stay the same from one
 * export to the next; ids that would clash get their full id instead, then a counter.
 */
export function blockIds(highlights: readonly Pick<Highlight, 'id'>[]): Map<string, string> {
  const clean = (id: string) => id.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'x';
  const short = (id: string) => clean(id).slice(-SHORT);
  const counts = new Map<string, number>();
  for (const h of highlights) counts.set(short(h.id), (counts.get(short(h.id)) ?? 0) + 1);
  const used = new Set<string>();
  const result = new Map<string, string>();
  for (const h of highlights) {
    if (result.has(h.id)) continue;
    const base = `hl-${counts.get(short(h.id)) === 1 ? short(h.id) : clean(h.id)}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    result.set(h.id, id);
  }
  return result;
}
