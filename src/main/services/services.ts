// The composition root: builds every service in dependency order for the Electron shell, the web
// server and the CLI alike. Nothing here touches Electron; callers pass folders and the clock.
import type { Args, Handlers, Result } from '../../shared/api/contract';
import { LibraryStore, type StoreOptions } from '../library/store';
import { ArticleViews } from './articleViews';
import { createDispatch, type Dispatch } from './dispatch';
import { EventBus } from './events';
import { createHandlers } from './handlers';
import { Highlights } from './highlights';
import { Importer } from './importer';
import { ImportJobs } from './importJobs';
import { Tags } from './tags';
import { DerivePool, type DerivePoolOptions } from '../workers/derivePool';

export interface ServicesOptions extends StoreOptions {
  /** Folder of sample articles imported into a new library. */
  seedsDir?: string;
  /** Native file dialogs (Electron); web mode and the CLI have none and answer null. */
  pickPaths?: (args: Args<'system.pickPaths'>) => Promise<Result<'system.pickPaths'>>;
  /** Worker threads rendering folder imports: the built app passes its bundled worker script;
   * from source (web mode, CLI, tests) they start through tsx; false: everything on this thread. */
  deriveWorkers?: DerivePoolOptions | false;
}

/** The services themselves, as handlers see them. */
export interface CoreServices {
  store: LibraryStore;
  views: ArticleViews;
  importer: Importer;
  /** Folder imports running as cancellable jobs (one table of job ids for the whole process). */
  importJobs: ImportJobs;
  highlights: Highlights;
  tags: Tags;
  events: EventBus;
  pickPaths: NonNullable<ServicesOptions['pickPaths']>;
}

export interface Services extends CoreServices {
  handlers: Handlers;
  dispatch: Dispatch;
}

export async function createServices(options: ServicesOptions): Promise<Services> {
  const store = LibraryStore.open(options);
  const pool = options.deriveWorkers === false ? null : DerivePool.create(options.deriveWorkers);
  const views = new ArticleViews(store, pool);
  const importer = new Importer(store, views);
  const highlights = new Highlights(store, views, options.clock);
  const events = new EventBus();
  const core: CoreServices = {
    store,
    views,
    importer,
    importJobs: new ImportJobs(importer, events),
    highlights,
    tags: new Tags(store),
    events,
    pickPaths: options.pickPaths ?? (async () => null),
  };
  const handlers = createHandlers(core);
  const dispatch = createDispatch(handlers, (err) => console.error(err));
  await importer.seed(options.seedsDir);
  return { ...core, handlers, dispatch };
}
