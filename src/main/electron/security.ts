// The one navigation guard for every webContents: no navigation away from the app, no new windows
// (http(s) and mailto links open in the system browser after parsing), all permissions denied.
import { app, session, shell } from 'electron';
import { buildCsp } from '../../shared/csp';
import { externalUrl } from '../../shared/externalUrl';


export function hardenSessions(): void {
  const ses = session.defaultSession;
  // Everything is denied but writing to the clipboard ("Copy notes as Markdown").
  ses.setPermissionRequestHandler((_wc, permission, callback) => callback(permission === 'clipboard-sanitized-write'));
  ses.setPermissionCheckHandler((_wc, permission) => permission === 'clipboard-sanitized-write');
  if (process.env.ELECTRON_RENDERER_URL) {
    // Dev server pages get the dev variant of the same policy.
    ses.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [buildCsp('dev')] } });
    });
  }
  app.on('web-contents-created', (_e, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      const target = externalUrl(url);
      if (target) void shell.openExternal(target);
      return { action: 'deny' };
    });
  });
}
