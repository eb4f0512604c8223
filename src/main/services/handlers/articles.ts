// Handlers for the library and its articles.
import type { ArticleListItem, Handlers } from '../../../shared/api/contract';
import type { ArticleSummary } from '../../../shared/types';
import type { CoreServices } from '../services';

type ArticleMethods = 'library.info' | 'articles.list' | 'articles.page' | 'articles.open' | 'articles.trash' | 'articles.restore' | 'articles.importText';

/** The part of a summary the library list shows: about half the bytes of the whole summary. */
const listItem = (r: ArticleSummary): ArticleListItem => ({
  id: r.id,
  title: r.title,
  author: r.author,
  source: r.source,
  siteName: r.siteName,
  addedAt: r.addedAt,
  highlightCount: r.highlightCount,
});

export function articleHandlers(s: CoreServices): Pick<Handlers, ArticleMethods> {
  const listed = (trash: boolean | undefined, tags: string[] | undefined) => s.tags.filterArticles(s.store.summaries({ trash }), tags ?? []);
  return {
    'library.info': () => {
      const metas = s.store.metas();
      const trashCount = metas.filter((a) => a.trashedAt !== null).length;
      return {
        dir: s.store.dir,
        articleCount: metas.length - trashCount,
        trashCount,
        readOnly: s.store.readOnly,
        notices: [...s.store.notices],
      };
    },
    'articles.list': ({ trash, tags }) => listed(trash, tags),
    'articles.page': ({ trash, tags, offset = 0, limit }) => {
      const rows = listed(trash, tags);
      const end = limit === undefined ? rows.length : Math.min(rows.length, offset + limit);
      const page: ArticleListItem[] = [];
      for (let i = offset; i < end; i++) page.push(listItem(rows[i]!));
      return { total: rows.length, offset, rows: page };
    },
    'articles.open': ({ id }) => s.views.view(id),
    'articles.trash': ({ id }) => s.store.trash(id),
    'articles.restore': ({ id }) => s.store.restore(id),
    'articles.importText': ({ name, content, format }) => s.importer.importText(name, content, format),
  };
}
