// Deep links back to a passage: `margin://article/<id>#highlight-<hid>`. In web mode the same link
// maps to the page route `/article/<id>#highlight-<hid>`.

export interface DeepLink {
  articleId: string;
  highlightId?: string;
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;

export function deepLink(articleId: string, highlightId?: string): string {
  return `margin://article/${articleId}${highlightId ? `#highlight-${highlightId}` : ''}`;
}

/** Parses a margin:// link or a web route; null for anything else. */
export function parseDeepLink(raw: string): DeepLink | null {
  const m = /^(?:margin:\/\/article\/|\/article\/)([^#/?]+)\/?(?:#highlight-([^#/?]+))?$/.exec(raw.trim());
  if (!m || !ID.test(m[1]!) || (m[2] !== undefined && !ID.test(m[2]))) return null;
  return m[2] ? { articleId: m[1]!, highlightId: m[2] } : { articleId: m[1]! };
}
