// Lists the importable files under a folder, depth first in name order: skips hidden entries and
// node_modules, tells of folders it cannot list, follows symlinks once (loops are cut). Reads no
// file contents.
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

export interface ListOptions {
  signal?: AbortSignal;
  /** Told of each folder that could not be listed (permission denied, say); the walk goes on. */
  onUnreadable?: (dir: string, err: unknown) => void;
}

async function* walk(dir: string, seen: Set<string>, depth: number, opts: ListOptions): AsyncGenerator<string> {
  const { signal } = opts;
  if (depth > MAX_DEPTH || signal?.aborted) return;
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (err) {
    opts.onUnreadable?.(dir, err);
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
      yield* walk(full, seen, depth + 1, opts);
    }
  }
}

/**
 * The .txt/.md/.markdown/.html/.htm files under `dir` (recursively), as paths joined onto `dir`.
 * A file path given as `dir` yields itself when importable. Folders that cannot be listed are
 * skipped and told to `opts.onUnreadable`; aborting `opts.signal` ends the listing early. Never throws.
 */
export async function* listImportable(dir: string, opts: ListOptions = {}): AsyncGenerator<string> {
  const root = await identity(dir);
  if (!root) return;
  if (root.file) {
    if (formatForName(dir) !== null) yield dir;
    return;
  }
  if (!root.dir) return;
  yield* walk(dir, new Set([root.key]), 0, opts);
}
