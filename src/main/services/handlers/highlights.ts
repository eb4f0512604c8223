// Handlers for highlights and notes.
import type { Handlers } from '../../../shared/api/contract';
import type { CoreServices } from '../services';

type HighlightMethods = 'highlights.list' | 'highlights.add' | 'highlights.update' | 'highlights.remove' | 'highlights.restore';

export function highlightHandlers(s: CoreServices): Pick<Handlers, HighlightMethods> {
  return {
    'highlights.list': ({ articleId }) => s.highlights.list(articleId),
    'highlights.add': (args) => s.highlights.add(args),
    'highlights.update': (args) => s.highlights.update(args),
    'highlights.remove': ({ articleId, id }) => s.highlights.remove(articleId, id),
    'highlights.restore': ({ highlight }) => s.highlights.restore(highlight),
  };
}
