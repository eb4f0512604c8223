// The renderer's entry: picks the transport, builds the one `api` object and starts the app.
import './styles/app.css';
import './reader/highlights.css';
import { createApi } from '../shared/api/client';
import { pickTransport } from './api/transport';
import { App } from './app';
import { mountExport } from './export/mount';
import { mountImport } from './import/mount';
import { mountStatistics } from './statistics/mount';
import { mountTags } from './tags/mount';

const transport = pickTransport();
const api = createApi(transport);
const app = new App(api, transport.assetUrl, document.getElementById('app')!);
mountTags(app, api);
mountStatistics(app, api);
mountImport(app, api);
mountExport(app, api);
void app.start();
