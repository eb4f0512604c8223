// Lists the importable files under a folder, depth first in name order: skips hidden entries,
// node_modules and unreadable folders, follows symlinks once (loops are cut). Reads no file contents.
import fs from 'node:fs/promises';
import path from 'node:path';
import { formatForName } from './formats';

const MAX_DEPTH = 64;
const SKIP_DIRS = new Set(['node_modules']);

async function identity(p: string): Promise<{ key: string; dir: boolean; file: boolean } | null> {
  try {
    const s = await fs.stat(p);
    return { key: `${s.dev}:${s.ino}`, dir: s.isDirectory(), file: s.isFile() };
  } catch {
    return null;
  }
}

async function* walk(dir: string, seen: Set<string>, depth: number, signal: AbortSignal | undefined): AsyncGenerator<string> {
  if (depth > MAX_DEPTH || signal?.aborted) return;
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (signal?.aborted) return;
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = await identity(full);
      if (!target) continue;
      isDir = target.dir;
      isFile = target.file;
    }
    if (isFile) {
      if (formatForName(entry.name) !== null) yield full;
    } else if (isDir && !SKIP_DIRS.has(entry.name)) {
      const id = await identity(full);
      if (!id || seen.has(id.key)) continue;
      seen.add(id.key);
      yield* walk(full, seen, depth + 1, signal);
    }
  }
}

/**
 * The .txt/.md/.markdown/.html/.htm files under `dir` (recursively), as paths joined onto `dir`.
 * A file path given as `dir` yields itself when importable. Unreadable folders are skipped;
 * aborting `opts.signal` ends the listing early. Never throws.
 */
export async function* listImportable(dir: string, opts: { signal?: AbortSignal } = {}): AsyncGenerator<string> {
  const root = await identity(dir);
  if (!root) return;
  if (root.file) {
    if (formatForName(dir) !== null) yield dir;
    return;
  }
  if (!root.dir) return;
  yield* walk(dir, new Set([root.key]), 0, opts.signal);
}
