// Brings documents into the library: files, dropped bytes, pasted text, web pages and the sample
// articles on first run. Parsing and decoding live in ../import; this only stores what it returns.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ImportItemResult } from '../../shared/api/contract';
import { importBytes as parseBytes, importPath, importPastedText, importUrl as fetchPage, type ImportItem } from '../import';
import type { LibraryStore } from '../library/store';
import type { ArticleViews } from './articleViews';

/** Makes a path a person typed absolute: `~` is their home folder, relative paths start at the working folder. */
export function resolveUserPath(typed: string): string {
  const trimmed = typed.trim();
  if (trimmed === '~') return os.homedir();
  if (/^~[\\/]/.test(trimmed)) return path.join(os.homedir(), trimmed.slice(2));
  return path.resolve(trimmed);
}

export class Importer {
  constructor(
    private readonly store: LibraryStore,
    private readonly views: ArticleViews,
  ) {}

  /** Stores one parsed item; duplicates are recognised by content hash and reported. */
  accept(item: ImportItem): ImportItemResult {
    if (!item.ok) return { name: item.name, status: 'failed', message: item.message };
    try {
      const { doc } = item;
      const { meta, duplicate } = this.store.add({
        title: doc.title,
        author: doc.author,
        source: doc.source,
        siteName: doc.siteName,
        publishedAt: doc.publishedAt,
        format: doc.format,
        content: doc.content,
        assets: doc.assets,
      });
      if (duplicate) {
        const where = meta.trashedAt ? ' (in the trash)' : '';
        return { name: item.name, status: 'duplicate', id: meta.id, title: meta.title, message: `Already in the library${where} as "${meta.title}".` };
      }
      this.views.derived(meta.id); // statistics are extracted at import and cached
      return { name: item.name, status: 'added', id: meta.id, title: meta.title };
    } catch (err) {
      return { name: item.name, status: 'failed', message: (err as Error).message };
    }
  }

  /** Imports one file from disk (`~` and relative paths allowed). */
  async importFile(file: string): Promise<ImportItemResult> {
    return this.accept(await importPath(resolveUserPath(file)));
  }

  /** Imports bytes that arrived without a path (a file dropped on the window); only the name's last part is used. */
  async importBytes(name: string, bytes: Uint8Array): Promise<ImportItemResult> {
    const base = path.basename(name.replace(/\\/g, '/')) || 'dropped file';
    return this.accept(await parseBytes(base, bytes));
  }

  /** Imports the web page at `url`, its images stored beside it. */
  async importUrl(url: string): Promise<ImportItemResult> {
    return this.accept(await fetchPage(url));
  }

  /**
   * Imports text: `html` keeps the markup (sanitized), `markdown` and `text` say what the text is;
   * without a format, a name with an extension decides, and a bare name is read like a paste.
   */
  async importText(name: string, content: string, format?: 'text' | 'markdown' | 'html'): Promise<ImportItemResult> {
    if (format === 'html') return this.accept({ ...(await importPastedText('', content)), name });
    if (format === undefined && path.extname(name) === '') return this.accept({ ...(await importPastedText(content)), name });
    const ext = format === 'markdown' ? '.md' : format === 'text' ? '.txt' : path.extname(name) || '.txt';
    const base = path.basename(name, path.extname(name)) || 'Pasted';
    return this.accept(await parseBytes(`${base}${ext}`, new TextEncoder().encode(content)));
  }

  /** On a new library, imports every file of `seedsDir` once. */
  async seed(seedsDir: string | undefined): Promise<ImportItemResult[]> {
    if (!seedsDir || this.store.seeded) return [];
    let files: string[] = [];
    try {
      files = fs.readdirSync(seedsDir).filter((f) => !f.startsWith('.')).sort();
    } catch {
      return [];
    }
    const results = [];
    for (const f of files) results.push(await this.importFile(path.join(seedsDir, f)));
    try {
      this.store.markSeeded();
    } catch {
      // A read-only library cannot remember it was seeded; it seeds again in memory next time.
    }
    return results;
  }
}
