// Native file dialogs for the contract's system.pickPaths (web mode and the CLI have none and
// answer null); a cancelled dialog answers an empty list.
import { BrowserWindow, dialog } from 'electron';
import type { Args, Result } from '../../shared/api/contract';

export async function pickPaths(args: Args<'system.pickPaths'>): Promise<Result<'system.pickPaths'>> {
  const win = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  const common = { title: args.title, defaultPath: args.defaultPath };
  if (args.kind === 'saveFile') {
    const r = win ? await dialog.showSaveDialog(win, common) : await dialog.showSaveDialog(common);
    return r.canceled || !r.filePath ? [] : [r.filePath];
  }
  const properties: Array<'openFile' | 'openDirectory' | 'multiSelections' | 'createDirectory'> =
    args.kind === 'folder' ? ['openDirectory', 'createDirectory'] : ['openFile', 'multiSelections'];
  const filters = args.kind === 'files' ? [{ name: 'Articles', extensions: ['txt', 'md', 'markdown', 'html', 'htm'] }] : undefined;
  const r = win ? await dialog.showOpenDialog(win, { ...common, properties, filters }) : await dialog.showOpenDialog({ ...common, properties, filters });
  return r.canceled ? [] : r.filePaths;
}
