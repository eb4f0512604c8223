// Where things live by default: the library in the OS user-data folder (the same place Electron's
// app.getPath('userData') names for "Margin"), overridable by --library or MARGIN_LIBRARY.
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The OS user-data folder for Margin, computed the way Electron does for an app named Margin. */
export function userDataDir(platform = process.platform, env = process.env, home = os.homedir()): string {
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Margin');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Margin');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Margin');
}

/** The library folder: `--library DIR`, else MARGIN_LIBRARY, else `<user data>/Library`. */
export function resolveLibraryDir(argv: readonly string[], env = process.env): string {
  const i = argv.indexOf('--library');
  const flag = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--library='))?.slice('--library='.length);
  const chosen = flag ?? env.MARGIN_LIBRARY;
  return path.resolve(chosen && chosen.trim() ? chosen : path.join(userDataDir(), 'Library'));
}

/** The repository / app root (where package.json and seeds/ are), from a module inside src/ or out/. */
export function appRoot(moduleUrl: string): string {
  let dir = path.dirname(fileURLToPath(moduleUrl));
  for (let i = 0; i < 6; i++) {
    if (path.basename(dir) === 'src' || path.basename(dir) === 'out') return path.dirname(dir);
    dir = path.dirname(dir);
  }
  return process.cwd();
}
