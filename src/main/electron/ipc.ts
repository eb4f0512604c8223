// Registers one IPC handler per contract method. Each checks that the call comes from our own page
// (never from a navigated-away or foreign frame); arguments are validated by the dispatcher.
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { METHODS } from '../../shared/api/methods';
import { fail } from '../../shared/api/result';
import type { Services } from '../services/services';
import { APP_ORIGIN } from './window';

function trustedSender(event: IpcMainInvokeEvent): boolean {
  const url = event.senderFrame?.url ?? '';
  if (url.startsWith(`${APP_ORIGIN}/`)) return true;
  const dev = process.env.ELECTRON_RENDERER_URL;
  return Boolean(dev && url.startsWith(dev));
}

export function registerIpc(services: Services): void {
  for (const method of METHODS) {
    ipcMain.handle(`margin:${method}`, (event, args: unknown) => {
      if (!trustedSender(event)) return fail('unauthorized', 'Calls are only accepted from Margin’s own window.');
      return services.dispatch(method, args);
    });
  }
}
