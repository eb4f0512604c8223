// The handler table: one entry per method of the contract, composed from one file per domain and
// checked against the contract with `satisfies`. Handlers translate; the services hold the logic.
import type { Handlers } from '../../../shared/api/contract';
import type { CoreServices } from '../services';
import { articleHandlers } from './articles';
import { exportHandlers } from './export';
import { highlightHandlers } from './highlights';
import { importHandlers } from './import';
import { statsHandlers } from './stats';
import { tagHandlers } from './tags';

export function createHandlers(s: CoreServices): Handlers {
  return {
    ...articleHandlers(s),
    ...highlightHandlers(s),
    ...tagHandlers(s),
    ...statsHandlers(s),
    ...exportHandlers(s),
    ...importHandlers(s),
    'system.pickPaths': (args) => s.pickPaths(args),
  } satisfies Handlers;
}
