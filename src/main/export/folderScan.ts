// Looks once through an export folder: which names are taken, and which Markdown files Margin wrote
// before (by the article id in their front matter, whatever they are called now). Reads only.
import { open, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { exportedArticleId } from '../../shared/export/parse';
import { nameKey } from '../../shared/export/fileName';

/** What one look through an export folder found. */
export interface FolderIndex {
  /** Article id → file name of the file Margin wrote for it. */
  byId: Map<string, string>;
  /** `nameKey` of every entry in the folder (files, folders, links): names a new file must avoid. */
  taken: Set<string>;
}

const HEAD_BYTES = 16 * 1024;
const PARALLEL = 16;

/** Reads the start of a file; the whole file only when it may be one of Margin's. */
async function readIfMargin(file: string): Promise<string | null> {
  const handle = await open(file, 'r');
  let head: string;
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    head = buffer.subarray(0, bytesRead).toString('utf8');
    if (!head.includes('margin')) return null;
    if (bytesRead < HEAD_BYTES) return head;
  } finally {
    await handle.close();
  }
  return readFile(file, 'utf8');
}

/**
 * Indexes `dir`. Only regular `.md` files count as Margin's (symbolic links and folders are never
 * overwritten); files that cannot be read are treated as someone else's.
 */
export async function scanFolder(dir: string): Promise<FolderIndex> {
  const entries = await readdir(dir, { withFileTypes: true });
  const taken = new Set(entries.map((e) => nameKey(e.name)));
  const candidates = entries.filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.md')).map((e) => e.name);
  candidates.sort();
  const ids: Array<string | null> = new Array(candidates.length).fill(null);
  for (let i = 0; i < candidates.length; i += PARALLEL) {
    await Promise.all(
      candidates.slice(i, i + PARALLEL).map(async (name, k) => {
        const text = await readIfMargin(path.join(dir, name)).catch(() => null);
        ids[i + k] = text === null ? null : exportedArticleId(text);
      }),
    );
  }
  const byId = new Map<string, string>();
  candidates.forEach((name, i) => {
    const id = ids[i];
    if (id && !byId.has(id)) byId.set(id, name);
  });
  return { byId, taken };
}
