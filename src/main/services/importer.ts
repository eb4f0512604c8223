// Brings documents into the library: files, pasted text, and the sample articles on first run.
// Parsing and decoding live in ../import; this only stores what it returns and reports per item.
import fs from 'node:fs';
import path from 'node:path';
import type { ImportItemResult } from '../../shared/api/contract';
import { importBytes, importPath, importPastedText, type ImportItem } from '../import';
import type { LibraryStore } from '../library/store';
import type { ArticleViews } from './articleViews';

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

  async importFile(file: string): Promise<ImportItemResult> {
    return this.accept(await importPath(file));
  }

  async importText(name: string, content: string, format?: 'text' | 'markdown' | 'html'): Promise<ImportItemResult> {
    if (format === 'html') return this.accept({ ...(await importPastedText('', content)), name });
    const ext = format === 'markdown' ? '.md' : format === 'text' ? '.txt' : path.extname(name) || '.txt';
    const base = path.basename(name, path.extname(name)) || 'Pasted';
    return this.accept(await importBytes(`${base}${ext}`, new TextEncoder().encode(content)));
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
