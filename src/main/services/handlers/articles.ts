// Handlers for the library and its articles.
import type { Handlers } from '../../../shared/api/contract';
import type { CoreServices } from '../services';

type ArticleMethods = 'library.info' | 'articles.list' | 'articles.open' | 'articles.trash' | 'articles.restore' | 'articles.importText';

export function articleHandlers(s: CoreServices): Pick<Handlers, ArticleMethods> {
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
    'articles.list': ({ trash, tags }) => s.tags.filterArticles(s.store.summaries({ trash }), tags ?? []),
    'articles.open': ({ id }) => s.views.view(id),
    'articles.trash': ({ id }) => s.store.trash(id),
    'articles.restore': ({ id }) => s.store.restore(id),
    'articles.importText': ({ name, content, format }) => s.importer.importText(name, content, format),
  };
}
