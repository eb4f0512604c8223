// Builds what the reader shows for an article — sanitized HTML, text model, statistics — and caches
// it beside the article, rebuilt when the renderer or the extractor changes version.
import { EXTRACTOR_VERSION, extract } from '../../shared/stats';
import type { ArticleMeta, ArticleView, Extraction } from '../../shared/types';
import type { LibraryStore } from '../library/store';
import { RENDER_VERSION, renderArticle } from '../render/renderArticle';

interface Derived {
  version: string;
  html: string;
  text: string;
  extraction: Extraction;
}

const DERIVED_VERSION = `${RENDER_VERSION}.${EXTRACTOR_VERSION}`;

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

export class ArticleViews {
  constructor(private readonly store: LibraryStore) {}

  /** The cached derivation, recomputed (and re-cached) when missing or out of date. */
  derived(id: string): Derived {
    const cached = this.store.readDerived<Derived>(id);
    if (cached && cached.version === DERIVED_VERSION) return cached;
    const meta = this.store.meta(id);
    const fresh = deriveArticle(meta, this.store.content(id));
    this.store.writeDerived(id, fresh);
    return fresh;
  }

  view(id: string): ArticleView {
    const meta = this.store.summary(id);
    const d = this.derived(id);
    return { meta, html: d.html, text: d.text, extraction: d.extraction };
  }
}
