// Handlers for statistics across the library.
import type { Handlers } from '../../../shared/api/contract';
import { MarginError } from '../../../shared/api/result';
import type { CoreServices } from '../services';

export function statsHandlers(_s: CoreServices): Pick<Handlers, 'stats.trends'> {
  return {
    'stats.trends': () => {
      throw new MarginError('internal', 'Trends are not available yet.');
    },
  };
}
