// The library store: a folder holding a small lowdb index (library.json), one body file per article
// and one small lowdb annotations file per article, so saving a highlight or a tag rewrites a few
// kilobytes whatever the library's size. Plain class: takes its folder and clock from its caller.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { LowSync, MemorySync } from 'lowdb';
import { MarginError } from '../../shared/api/result';
import type { ArticleAnnotations, ArticleMeta, ArticleSummary, ContentFormat } from '../../shared/types';
import { DurableJsonFile, ioError, writeFileDurably, type DurableOptions } from './durableJsonFile';
import { LibraryLayout } from './layout';
import { LibraryLock } from './lock';
import {
  SCHEMA_VERSION,
  checkShape,
  emptyAnnotations,
  emptyIndex,
  type AnnotationsFile,
  type IndexFile,
} from './schema';

export interface NewArticle {
  title: string;
  author: string | null;
  source: string | null;
  siteName?: string | null;
  publishedAt?: string | null;
  format: ContentFormat;
  content: string;
  assets?: Array<{ file: string; bytes: Uint8Array }>;
}

export interface StoreOptions {
  dir: string;
  clock?: () => Date;
  newId?: () => string;
  /** Failure injection for tests (disk full): replaces the raw write of every durable file. */
  writeFile?: DurableOptions['writeFile'];
}

interface Loaded<T> {
  db: LowSync<T>;
  stamp: string;
}

const ASSET_FILE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/** sha256 of the body with line endings and outer whitespace normalised. */
export const contentHash = (content: string) =>
  crypto.createHash('sha256').update(content.replace(/\r\n?/g, '\n').trim()).digest('hex');

function stampOf(file: string): string {
  try {
    const s = fs.statSync(file);
    return `${s.mtimeMs}:${s.size}:${s.ino}`;
  } catch {
    return 'missing';
  }
}

export class LibraryStore {
  readonly layout: LibraryLayout;
  readonly notices: string[] = [];
  private readOnlyReason: string | null = null;
  private readonly clock: () => Date;
  private readonly newId: () => string;
  private readonly lock: LibraryLock;
  private index!: Loaded<IndexFile>;
  private readonly annotations = new Map<string, Loaded<AnnotationsFile>>();
  /** Bodies of articles held in memory only (a read-only library that could not be created). */
  private readonly memoryContent = new Map<string, string>();

  private constructor(private readonly options: StoreOptions) {
    this.layout = new LibraryLayout(path.resolve(options.dir));
    this.clock = options.clock ?? (() => new Date());
    this.newId = options.newId ?? (() => crypto.randomBytes(8).toString('hex'));
    this.lock = new LibraryLock(this.layout.dir);
  }

  /** Opens (creating when needed) the library in `options.dir`. Never throws for a bad folder: it goes read-only and says why. */
  static open(options: StoreOptions): LibraryStore {
    const store = new LibraryStore(options);
    store.checkWritable();
    store.index = store.loadIndex();
    return store;
  }

  get dir(): string {
    return this.layout.dir;
  }

  get readOnly(): boolean {
    return this.readOnlyReason !== null;
  }

  get seeded(): boolean {
    return this.index.db.data.seeded;
  }

  // ---- articles ----------------------------------------------------------------------------

  /** All article metadata, fresh from disk if another process changed the index. */
  metas(): ArticleMeta[] {
    this.refreshIndex();
    return this.index.db.data.articles;
  }

  meta(id: string): ArticleMeta {
    const found = this.metas().find((a) => a.id === id);
    if (!found) throw new MarginError('not_found', `No article with id ${id} in this library.`);
    return found;
  }

  /** Rows for the library list: newest first. */
  summaries(options: { trash?: boolean } = {}): ArticleSummary[] {
    const wantTrash = options.trash === true;
    return this.metas()
      .filter((a) => (a.trashedAt !== null) === wantTrash)
      .map((a) => this.withAnnotations(a, false))
      .sort((x, y) => (x.addedAt < y.addedAt ? 1 : x.addedAt > y.addedAt ? -1 : x.id < y.id ? 1 : -1));
  }

  /** One row of the library list. */
  summary(id: string): ArticleSummary {
    return this.withAnnotations(this.meta(id), true);
  }

  private withAnnotations(a: ArticleMeta, checkFresh: boolean): ArticleSummary {
    const ann = this.annotationsOf(a.id, checkFresh);
    return { ...a, tags: ann.tags, highlightCount: ann.highlights.length };
  }

  content(id: string): string {
    const meta = this.meta(id);
    const inMemory = this.memoryContent.get(id);
    if (inMemory !== undefined) return inMemory;
    try {
      return fs.readFileSync(this.layout.content(id, meta.format), 'utf8');
    } catch (err) {
      throw new MarginError('io', `The body of "${meta.title}" could not be read: ${(err as Error).message}`);
    }
  }

  /** Adds an article; the same content twice returns the existing one with `duplicate: true`. */
  add(doc: NewArticle): { meta: ArticleMeta; duplicate: boolean } {
    const hash = contentHash(doc.content);
    return this.mutateIndex((data) => {
      const existing = data.articles.find((a) => a.hash === hash);
      if (existing) return { meta: existing, duplicate: true };
      const id = this.newId();
      const meta: ArticleMeta = {
        id,
        title: doc.title.trim() || 'Untitled',
        author: doc.author,
        source: doc.source,
        siteName: doc.siteName ?? null,
        publishedAt: doc.publishedAt ?? null,
        addedAt: this.clock().toISOString(),
        format: doc.format,
        hash,
        size: Buffer.byteLength(doc.content),
        trashedAt: null,
      };
      if (this.readOnly) {
        this.memoryContent.set(id, doc.content);
      } else {
        this.writeBody(meta, doc);
      }
      data.articles.push(meta);
      return { meta, duplicate: false };
    }, true);
  }

  /** Moves an article to the trash (restorable; nothing is deleted). */
  trash(id: string): ArticleMeta {
    return this.setTrashed(id, this.clock().toISOString());
  }

  restore(id: string): ArticleMeta {
    return this.setTrashed(id, null);
  }

  markSeeded(): void {
    this.mutateIndex((data) => {
      data.seeded = true;
    }, true);
  }

  assetPath(id: string, file: string): string {
    this.meta(id);
    if (!ASSET_FILE.test(file)) throw new MarginError('bad_input', `Not an asset name: ${file}`);
    return path.join(this.layout.assetsDir(id), file);
  }

  // ---- annotations -------------------------------------------------------------------------

  /** The article's tags and highlights (a snapshot; change them with updateAnnotations). */
  annotationsOf(id: string, checkFresh = true): ArticleAnnotations {
    const loaded = this.loadAnnotations(id, checkFresh);
    return loaded.db.data;
  }

  /** Applies `fn` to the article's annotations and saves them durably before returning. */
  updateAnnotations<T>(id: string, fn: (draft: AnnotationsFile) => T): T {
    this.meta(id);
    this.assertWritable();
    return this.lock.hold(() => {
      const loaded = this.loadAnnotations(id, true);
      const draft = structuredClone(loaded.db.data);
      const result = fn(draft);
      fs.mkdirSync(this.layout.annotationsDir, { recursive: true });
      loaded.db.adapter.write(draft);
      loaded.db.data = draft;
      loaded.stamp = stampOf(this.layout.annotations(id));
      return result;
    });
  }

  /** Forgets cached annotations of these articles (another process changed them). */
  invalidate(ids: string[]): void {
    for (const id of ids) this.annotations.delete(id);
  }

  // ---- derived cache (rendered HTML, text model, statistics) --------------------------------

  readDerived<T>(id: string): T | null {
    try {
      return JSON.parse(fs.readFileSync(this.layout.derived(id), 'utf8')) as T;
    } catch {
      return null;
    }
  }

  /** Caches derived data; a failure is harmless (it is recomputed next time). */
  writeDerived(id: string, data: unknown): void {
    if (this.readOnly || this.memoryContent.has(id)) return;
    try {
      writeFileDurably(this.layout.derived(id), JSON.stringify(data));
    } catch {
      // Cache only.
    }
  }

  // ---- internals ---------------------------------------------------------------------------

  private checkWritable(): void {
    const dir = this.layout.dir;
    try {
      fs.mkdirSync(dir, { recursive: true });
      const probe = path.join(dir, `.margin-probe-${process.pid}`);
      fs.writeFileSync(probe, 'ok');
      fs.rmSync(probe);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? 'error';
      this.readOnlyReason = `Margin cannot write to the library folder ${dir} (${code}). It is open read-only: nothing you change will be saved. Choose another folder with --library or MARGIN_LIBRARY.`;
      this.notices.push(this.readOnlyReason);
    }
  }

  private assertWritable(): void {
    if (this.readOnlyReason !== null) throw new MarginError('read_only', this.readOnlyReason);
  }

  private durable<T>(file: string, kind: 'index' | 'annotations'): DurableJsonFile<T> {
    return new DurableJsonFile<T>(file, {
      clock: this.clock,
      writeFile: this.options.writeFile,
      validate: (data) => checkShape(data, kind),
      onCorrupt: (r) =>
        this.notices.push(
          `${path.basename(r.file)} was damaged (${r.reason}); it was set aside as ${path.basename(r.movedTo)} and a fresh one is used. Nothing was deleted.`,
        ),
    });
  }

  private loadIndex(): Loaded<IndexFile> {
    const file = this.layout.index;
    let db: LowSync<IndexFile>;
    try {
      db = new LowSync<IndexFile>(this.durable<IndexFile>(file, 'index'), emptyIndex());
      db.read();
    } catch (err) {
      if (!this.readOnly) throw err;
      db = new LowSync<IndexFile>(new MemorySync<IndexFile>(), emptyIndex());
    }
    if (this.readOnly && !fs.existsSync(file)) {
      db = new LowSync<IndexFile>(new MemorySync<IndexFile>(), emptyIndex());
    }
    this.checkSchema(db.data.schemaVersion, file);
    return { db, stamp: stampOf(file) };
  }

  private checkSchema(version: number, file: string): void {
    if (version > SCHEMA_VERSION && this.readOnlyReason === null) {
      this.readOnlyReason = `${path.basename(file)} was written by a newer Margin (schema ${version}, this one knows ${SCHEMA_VERSION}). The library is open read-only so nothing of it is lost; update Margin to change it.`;
      this.notices.push(this.readOnlyReason);
    }
  }

  private refreshIndex(): void {
    if (this.readOnly && this.index.stamp === 'missing') return;
    const stamp = stampOf(this.layout.index);
    if (stamp === this.index.stamp) return;
    this.index.db.read();
    this.checkSchema(this.index.db.data.schemaVersion, this.layout.index);
    this.index.stamp = stamp;
  }

  private mutateIndex<T>(fn: (data: IndexFile) => T, allowInMemory = false): T {
    if (!(allowInMemory && this.readOnly && this.index.stamp === 'missing')) this.assertWritable();
    const run = () => {
      this.refreshIndex();
      const draft = structuredClone(this.index.db.data);
      const result = fn(draft);
      this.index.db.adapter.write(draft);
      this.index.db.data = draft;
      this.index.stamp = stampOf(this.layout.index);
      return result;
    };
    return this.readOnly ? run() : this.lock.hold(run);
  }

  private setTrashed(id: string, when: string | null): ArticleMeta {
    return this.mutateIndex((data) => {
      const meta = data.articles.find((a) => a.id === id);
      if (!meta) throw new MarginError('not_found', `No article with id ${id} in this library.`);
      meta.trashedAt = when;
      return meta;
    });
  }

  private writeBody(meta: ArticleMeta, doc: NewArticle): void {
    const dir = this.layout.articleDir(meta.id);
    try {
      fs.mkdirSync(dir, { recursive: true });
      writeFileDurably(this.layout.content(meta.id, meta.format), doc.content, this.options.writeFile);
      if (doc.assets?.length) {
        fs.mkdirSync(this.layout.assetsDir(meta.id), { recursive: true });
        for (const asset of doc.assets) {
          if (!ASSET_FILE.test(asset.file)) throw new MarginError('bad_input', `Not an asset name: ${asset.file}`);
          fs.writeFileSync(path.join(this.layout.assetsDir(meta.id), asset.file), asset.bytes);
        }
      }
    } catch (err) {
      fs.rmSync(dir, { recursive: true, force: true });
      throw ioError(err, this.layout.content(meta.id, meta.format));
    }
  }

  private loadAnnotations(id: string, checkFresh: boolean): Loaded<AnnotationsFile> {
    const file = this.layout.annotations(id);
    let loaded = this.annotations.get(id);
    if (loaded && (!checkFresh || stampOf(file) === loaded.stamp)) return loaded;
    const db = new LowSync<AnnotationsFile>(this.durable<AnnotationsFile>(file, 'annotations'), emptyAnnotations(id));
    db.read();
    this.checkSchema(db.data.schemaVersion, file);
    loaded = { db, stamp: stampOf(file) };
    this.annotations.set(id, loaded);
    return loaded;
  }
}
