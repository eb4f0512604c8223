// The preload exposes exactly the API contract to the page, nothing generic: one `call` that only
// accepts the contract's method names, and a subscription to library events.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { isMethod, type LibraryEvent } from '../shared/api/methods';

contextBridge.exposeInMainWorld('margin', {
  call(method: unknown, args: unknown) {
    if (!isMethod(method)) {
      return Promise.resolve({ ok: false, error: { code: 'unknown_method', message: `Unknown call: ${String(method)}` } });
    }
    return ipcRenderer.invoke(`margin:${method}`, args);
  },
  subscribe(listener: (event: LibraryEvent) => void) {
    const handler = (_e: IpcRendererEvent, event: LibraryEvent) => listener(event);
    ipcRenderer.on('margin:event', handler);
    return () => ipcRenderer.removeListener('margin:event', handler);
  },
});
