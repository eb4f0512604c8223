// The rest of the window, loaded as a chunk of its own while the shell paints the list: the App
// (reader, sidebar, highlights) and the features, each mounted into the shell's elements.
import type { ArticlePage } from '../shared/api/contract';
import type { Api } from '../shared/api/client';
import type { Outcome } from '../shared/api/result';
import type { UiTransport } from './api/transport';
import { App } from './app';
import { mountExport } from './export/mount';
import { mountImport } from './import/mount';
import type { Shell } from './shell';
import { mountStatistics } from './statistics/mount';
import { mountTags } from './tags/mount';

export function startWindow(shell: Shell, api: Api, transport: UiTransport, firstPage: Promise<Outcome<ArticlePage>>): App {
  const app = new App(api, transport.assetUrl, shell);
  mountTags(app, api);
  mountStatistics(app, api);
  mountImport(app, api);
  mountExport(app, api);
  void app.start(firstPage);
  return app;
}
