// The composition root: builds every service in dependency order for the Electron shell, the web
// server and the CLI alike. Nothing here touches Electron; callers pass folders and the clock.
import type { Handlers } from '../../shared/api/contract';
import { LibraryStore, type StoreOptions } from '../library/store';
import { ArticleViews } from './articleViews';
import { createDispatch, type Dispatch } from './dispatch';
import { createHandlers } from './handlers';
import { Highlights } from './highlights';
import { Importer } from './importer';

export interface ServicesOptions extends StoreOptions {
  /** Folder of sample articles imported into a new library. */
  seedsDir?: string;
}

/** The services themselves, as handlers see them. */
export interface CoreServices {
  store: LibraryStore;
  views: ArticleViews;
  importer: Importer;
  highlights: Highlights;
}

export interface Services extends CoreServices {
  handlers: Handlers;
  dispatch: Dispatch;
}

export async function createServices(options: ServicesOptions): Promise<Services> {
  const store = LibraryStore.open(options);
  const views = new ArticleViews(store);
  const importer = new Importer(store, views);
  const highlights = new Highlights(store, views, options.clock);
  const core: CoreServices = { store, views, importer, highlights };
  const handlers = createHandlers(core);
  const dispatch = createDispatch(handlers, (err) => console.error(err));
  await importer.seed(options.seedsDir);
  return { ...core, handlers, dispatch };
}
