// The main window with Electron's security defaults on: context isolation, sandbox, no Node in
// the page. Its page comes from the margin-app: protocol (or the dev server in `npm run dev`).
import { BrowserWindow } from 'electron';
import type { LibraryEvent } from '../../shared/api/methods';

/** The renderer's origin in a built app. */
export const APP_ORIGIN = 'margin-app://app';

export function createMainWindow(preload: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 900,
    minHeight: 560,
    title: 'Margin',
    show: false,
    backgroundColor: '#fbfaf7',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
    },
  });
  win.once('ready-to-show', () => win.show());
  const devUrl = process.env.ELECTRON_RENDERER_URL;
  if (devUrl) void win.loadURL(devUrl);
  else void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}


/** Sends a library event to every open window. */
export function sendToWindows(event: LibraryEvent): void {
  for (const win of BrowserWindow.getAllWindows()) win.webContents.send('margin:event', event);
}

/** Opens an article (and passage) in the first window, bringing it to the front. */
export function navigateTo(articleId: string, highlightId?: string): void {
  const win = BrowserWindow.getAllWindows()[0];
  if (!win) return;
  if (win.isMinimized()) win.restore();
  win.focus();
  win.webContents.send('margin:event', { type: 'navigate', articleId, highlightId } satisfies LibraryEvent);
}
