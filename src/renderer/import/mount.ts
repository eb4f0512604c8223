// Adds the import feature to the window: the Import button and dialog in the library header, files
// dropped onto the window, and pastes outside text fields. Every call goes through the `api` object.
import './import.css';
import type { Api } from '../../shared/api/client';
import type { App } from '../app';
import { ImportDialog } from './dialog';
import { installDropZone } from './dropZone';
import { ImportFlow } from './flow';
import { installPaste } from './paste';

export function mountImport(app: App, api: Api): void {
  const flow = new ImportFlow(app, api);
  const dialog = new ImportDialog(api, flow, (id) => void app.open(id));
  document.body.append(dialog.element);
  app.shell.importButton.addEventListener('click', () => dialog.open());
  installDropZone(document, (files) => void flow.importFiles(files));
  installPaste(document, flow);
  api.subscribe((event) => {
    if (event.type === 'progress') dialog.onProgress(event);
  });
}
