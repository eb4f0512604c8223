// The renderer's entry: the boot module (imported first) has picked the transport and got the list's
// first page on its way; this builds the window around the one `api` object and starts the app.
import { api, firstListPage, transport } from './boot';
import './styles/app.css';
import './reader/highlights.css';
import { App } from './app';
import { mountExport } from './export/mount';
import { mountImport } from './import/mount';
import { mountStatistics } from './statistics/mount';
import { mountTags } from './tags/mount';

const app = new App(api, transport.assetUrl, document.getElementById('app')!);
mountTags(app, api);
mountStatistics(app, api);
mountImport(app, api);
mountExport(app, api);
void app.start(firstListPage);
