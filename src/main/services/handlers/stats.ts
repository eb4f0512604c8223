// Handlers for statistics across the library.
import type { Handlers } from '../../../shared/api/contract';
import type { CoreServices } from '../services';
import { computeTrends } from '../trends';

export function statsHandlers(s: CoreServices): Pick<Handlers, 'stats.trends'> {
  return {
    'stats.trends': ({ minArticles }) => computeTrends(s.store, s.views, minArticles),
  };
}
