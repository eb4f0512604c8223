// Builds what the reader shows for an article — sanitized HTML, text model, statistics — and caches
// it beside the article, rebuilt when the renderer or the extractor changes version.
import type { ArticleMeta, ArticleView } from '../../shared/types';
import type { LibraryStore } from '../library/store';
import { DERIVED_VERSION, deriveArticle, type Derived } from '../render/deriveArticle';
import type { DerivePool } from '../workers/derivePool';

export { deriveArticle };

export class ArticleViews {
  constructor(
    private readonly store: LibraryStore,
    /** Worker threads for derivations done ahead of time (imports); none: done here. */
    private readonly pool: DerivePool | null = null,
  ) {}

  /** The cached derivation, recomputed (and re-cached) when missing or out of date. */
  derived(id: string): Derived {
    const cached = this.store.readDerived<Derived>(id);
    if (cached && cached.version === DERIVED_VERSION) return cached;
    const meta = this.store.meta(id);
    const fresh = deriveArticle(meta, this.store.content(id));
    this.store.writeDerived(id, fresh);
    return fresh;
  }

  /**
   * Derives and caches a just-added article whose body is in hand, on a worker thread when there
   * is a pool (so a folder import renders on every core). Never rejects: a derivation that fails
   * on a worker is done here; one that fails here too is done again when the article is opened.
   */
  async precompute(meta: ArticleMeta, content: string, options: { workers?: boolean; signal?: AbortSignal } = {}): Promise<void> {
    const target = this.store.derivedPath(meta.id);
    if (target === null) return;
    const pool = options.workers === false ? null : this.pool;
    if (pool) {
      try {
        return await pool.derive(meta, content, target, options.signal);
      } catch {
        // A worker that failed (or died): derived here instead.
      }
    }
    try {
      this.store.writeDerived(meta.id, deriveArticle(meta, content));
    } catch {
      // Cache only: the reader derives it on first open.
    }
  }

  view(id: string): ArticleView {
    const meta = this.store.summary(id);
    const d = this.derived(id);
    return { meta, html: d.html, text: d.text, extraction: d.extraction };
  }
}
