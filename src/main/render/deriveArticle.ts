// What the reader needs of an article beyond its body: the sanitized HTML, the text model and the
// statistics, computed together. Pure (no store): runs in the main thread or a derive worker.
import { EXTRACTOR_VERSION, extract } from '../../shared/stats';
import type { ArticleMeta, Extraction } from '../../shared/types';
import { RENDER_VERSION, renderArticle } from './renderArticle';

export interface Derived {
  version: string;
  html: string;
  text: string;
  extraction: Extraction;
}

/** Cached derivations of another version are rebuilt. */
export const DERIVED_VERSION = `${RENDER_VERSION}.${EXTRACTOR_VERSION}`;

/** Renders and extracts an article (no cache). The title is the text model's first line. */
export function deriveArticle(meta: ArticleMeta, content: string): Derived {
  const { html, text } = renderArticle(meta, content);
  const titleEnd = text.indexOf('\n');
  const extraction = extract(text, {
    titleRange: { start: 0, end: titleEnd === -1 ? text.length : titleEnd },
    referenceDate: meta.publishedAt ? new Date(meta.publishedAt) : undefined,
  });
  return { version: DERIVED_VERSION, html, text, extraction };
}
