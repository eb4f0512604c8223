// The on-disk shape of a library folder and its schema version. Changing a stored shape means a
// new SCHEMA_VERSION and a migration; a library written by a newer Margin is opened read-only.
import type { ArticleAnnotations, ArticleMeta } from '../../shared/types';
import { MarginError } from '../../shared/api/result';
import type { TagState } from './tagLog';

/**
 * 2: annotations files carry `tagLog` (their watermark in tag-log.json). A Margin that knows only 1
 * would write them without it, so it must open such a library read-only: the index says 2.
 */
export const SCHEMA_VERSION = 2;

/** library.json: the index of articles (small metadata only; bodies live in their own files). */
export interface IndexFile {
  schemaVersion: number;
  /** True once the sample articles were imported, so deleting them does not bring them back. */
  seeded: boolean;
  articles: ArticleMeta[];
}

/** annotations/<articleId>.json: what changes often, one small file per article. */
export interface AnnotationsFile extends ArticleAnnotations {
  schemaVersion: number;
}

/** An annotations file as stored: the store keeps `tagLog` apart, so no caller ever sees it. */
export interface StoredAnnotations extends AnnotationsFile {
  tagLog?: TagState;
}

export const emptyIndex = (): IndexFile => ({ schemaVersion: SCHEMA_VERSION, seeded: false, articles: [] });
export const emptyAnnotations = (articleId: string): AnnotationsFile => ({
  schemaVersion: SCHEMA_VERSION,
  articleId,
  tags: [],
  highlights: [],
});

/** Checks a parsed file's outer shape; throws bad_input (treated as corrupt) when it is not ours. */
export function checkShape(data: unknown, kind: 'index' | 'annotations'): void {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new MarginError('bad_input', 'not a JSON object');
  }
  const d = data as Record<string, unknown>;
  if (typeof d.schemaVersion !== 'number') throw new MarginError('bad_input', 'no schemaVersion');
  if (d.schemaVersion > SCHEMA_VERSION) return; // newer: kept as is, the store goes read-only
  if (kind === 'index' && !Array.isArray(d.articles)) throw new MarginError('bad_input', 'no article list');
  if (kind === 'annotations' && (!Array.isArray(d.highlights) || !Array.isArray(d.tags))) {
    throw new MarginError('bad_input', 'no highlight list');
  }
}
