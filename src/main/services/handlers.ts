// The handler table: one entry per method of the contract, checked against it with `satisfies`.
// Handlers only translate between the contract and the services; they hold no logic of their own.
import type { Handlers } from '../../shared/api/contract';
import type { CoreServices } from './services';

export function createHandlers(s: CoreServices): Handlers {
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
    'articles.list': ({ trash }) => s.store.summaries({ trash }),
    'articles.open': ({ id }) => s.views.view(id),
    'articles.trash': ({ id }) => s.store.trash(id),
    'articles.restore': ({ id }) => s.store.restore(id),
    'articles.importText': ({ name, content, format }) => s.importer.importText(name, content, format),
    'highlights.list': ({ articleId }) => s.highlights.list(articleId),
    'highlights.add': (args) => s.highlights.add(args),
    'highlights.update': (args) => s.highlights.update(args),
    'highlights.remove': ({ articleId, id }) => s.highlights.remove(articleId, id),
    'highlights.restore': ({ highlight }) => s.highlights.restore(highlight),
  } satisfies Handlers;
}
