// Margin's Electron main process: a thin shell. It resolves the library folder, builds the services
// through the composition root, and wires window, protocols and IPC. No logic lives here.
import path from 'node:path';
import { BrowserWindow, app, dialog } from 'electron';
import { resolveLibraryDir } from './paths';
import { createServices } from './services/services';
import { watchLibrary } from './services/watch';
import { handleDeepLinks } from './electron/deepLinks';
import { pickPaths } from './electron/dialogs';
import { registerIpc } from './electron/ipc';
import { registerSchemes, serveProtocols } from './electron/protocols';
import { hardenSessions } from './electron/security';
import { createMainWindow, sendToWindows } from './electron/window';

app.setName('Margin');
registerSchemes();

if (handleDeepLinks()) {
  app.whenReady().then(async () => {
    hardenSessions();
    const root = app.getAppPath();
    const preload = path.join(root, 'out', 'preload', 'index.cjs');
    try {
      const services = await createServices({
        dir: resolveLibraryDir(process.argv),
        seedsDir: path.join(root, 'seeds'),
        pickPaths,
        deriveWorkers: { script: path.join(root, 'out', 'main', 'deriveWorker.js') },
      });
      serveProtocols(services, path.join(root, 'out', 'renderer'));
      registerIpc(services);
      services.events.subscribe(sendToWindows);
      watchLibrary(services, (event) => services.events.emit(event));
      createMainWindow(preload);
    } catch (err) {
      dialog.showErrorBox('Margin could not open its library', (err as Error).message);
      app.quit();
      return;
    }
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createMainWindow(preload);
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
