// Brings documents into the library: files, dropped bytes, pasted text, web pages and the sample
// articles on first run. Parsing and decoding live in ../import; this only stores what it returns.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ImportItemResult } from '../../shared/api/contract';
import { importBytes as parseBytes, importPath, importPastedText, importUrl as fetchPage, type ImportedDoc, type ImportItem } from '../import';
import type { LibraryStore, NewArticle } from '../library/store';
import type { ArticleViews } from './articleViews';

/** Makes a path a person typed absolute: `~` is their home folder, relative paths start at the working folder. */
export function resolveUserPath(typed: string): string {
  const trimmed = typed.trim();
  if (trimmed === '~') return os.homedir();
  if (/^~[\\/]/.test(trimmed)) return path.join(os.homedir(), trimmed.slice(2));
  return path.resolve(trimmed);
}

const FILES_PER_BATCH = 50;
/** Up to this many files render here: starting worker threads would cost more. */
const FEW_FILES = 8;

function toNewArticle(doc: ImportedDoc): NewArticle {
  return {
    title: doc.title,
    author: doc.author,
    source: doc.source,
    siteName: doc.siteName,
    publishedAt: doc.publishedAt,
    format: doc.format,
    content: doc.content,
    assets: doc.assets,
  };
}

export class Importer {
  constructor(
    private readonly store: LibraryStore,
    private readonly views: ArticleViews,
  ) {}

  /** Stores one parsed item; duplicates are recognised by content hash and reported. */
  async accept(item: ImportItem): Promise<ImportItemResult> {
    const [result] = await this.acceptMany([item], { workers: false });
    await result!.derived;
    return result!.result;
  }

  /**
   * Stores parsed items together (one index write for all of them). Each result comes with the
   * derivation of its article (rendering and statistics, cached at import): on a worker thread
   * when there is a pool (unless `workers` is false: one file is quicker here than a worker's start),
   * so the caller can go on parsing while they run. `derived` never rejects.
   */
  async acceptMany(items: readonly ImportItem[], options: { workers?: boolean; signal?: AbortSignal } = {}): Promise<Array<{ result: ImportItemResult; derived: Promise<void> }>> {
    const docs = items.flatMap((item) => (item.ok ? [toNewArticle(item.doc)] : []));
    const outcomes = await this.store.addMany(docs);
    let next = 0;
    return items.map((item) => {
      if (!item.ok) return { result: { name: item.name, status: 'failed', message: item.message }, derived: Promise.resolve() };
      const outcome = outcomes[next++]!;
      if (!outcome.ok) return { result: { name: item.name, status: 'failed', message: outcome.error.message }, derived: Promise.resolve() };
      const { meta, duplicate } = outcome;
      if (duplicate) {
        const where = meta.trashedAt ? ' (in the trash)' : '';
        return { result: { name: item.name, status: 'duplicate', id: meta.id, title: meta.title, message: `Already in the library${where} as "${meta.title}".` }, derived: Promise.resolve() };
      }
      return { result: { name: item.name, status: 'added', id: meta.id, title: meta.title }, derived: this.views.precompute(meta, item.doc.content, options) };
    });
  }

  /** Imports one file from disk (`~` and relative paths allowed). */
  async importFile(file: string): Promise<ImportItemResult> {
    return this.accept(await this.parseFile(file));
  }

  /** Imports several files (a multiple choice in the file dialog): stored in batches, rendered on workers when many. */
  async importFiles(files: readonly string[]): Promise<ImportItemResult[]> {
    const results: ImportItemResult[] = [];
    for (let i = 0; i < files.length; i += FILES_PER_BATCH) {
      const items: ImportItem[] = [];
      for (const file of files.slice(i, i + FILES_PER_BATCH)) items.push(await this.parseFile(file));
      const accepted = await this.acceptMany(items, { workers: files.length > FEW_FILES });
      await Promise.all(accepted.map((a) => a.derived));
      results.push(...accepted.map((a) => a.result));
    }
    return results;
  }

  /** Reads and parses one file without storing it (see acceptMany). */
  parseFile(file: string): Promise<ImportItem> {
    return importPath(resolveUserPath(file));
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
