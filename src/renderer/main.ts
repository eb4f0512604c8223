// The renderer's entry: picks the transport, builds the one `api` object and starts the app.
import './styles/app.css';
import './reader/highlights.css';
import { createApi } from '../shared/api/client';
import { pickTransport } from './api/transport';
import { App } from './app';

const transport = pickTransport();
const app = new App(createApi(transport), transport.assetUrl, document.getElementById('app')!);
void app.start();
