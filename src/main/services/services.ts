// The composition root: builds every service in dependency order for the Electron shell, the web
// server and the CLI alike. Nothing here touches Electron; callers pass folders and the clock.
import type { Handlers } from '../../shared/api/contract';
import { LibraryStore, type StoreOptions } from '../library/store';
import { ArticleViews } from './articleViews';
import { createDispatch, type Dispatch } from './dispatch';
import { createHandlers } from './handlers';
import { Importer } from './importer';

export interface ServicesOptions extends StoreOptions {
  /** Folder of sample articles imported into a new library. */
  seedsDir?: string;
}

export interface Services {
  store: LibraryStore;
  views: ArticleViews;
  importer: Importer;
  handlers: Handlers;
  dispatch: Dispatch;
}

export async function createServices(options: ServicesOptions): Promise<Services> {
  const store = LibraryStore.open(options);
  const views = new ArticleViews(store);
  const importer = new Importer(store, views);
  const services = { store, views, importer } as Services;
  services.handlers = createHandlers(services);
  services.dispatch = createDispatch(services.handlers, (err) => console.error(err));
  await importer.seed(options.seedsDir);
  return services;
}
