// Builds the renderer (electron-vite) when out/renderer is missing or older than its sources, for
// web mode and the benchmark, which both serve the built interface.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** Returns the built renderer's folder under `root`, building it first when stale; `onBuild` is told when it does. */
export function ensureRendererBuilt(root: string, onBuild?: () => void): string {
  const rendererDir = path.join(root, 'out', 'renderer');
  const index = path.join(rendererDir, 'index.html');
  const built = fs.existsSync(index) ? fs.statSync(index).mtimeMs : 0;
  const sources = Math.max(newestMtime(path.join(root, 'src', 'renderer')), newestMtime(path.join(root, 'src', 'shared')));
  if (built < sources) {
    onBuild?.();
    execFileSync(process.execPath, [path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  return rendererDir;
}
