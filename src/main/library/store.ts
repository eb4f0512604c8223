// The library store: a folder holding a small lowdb index (library.json), one body file per article
// and one small lowdb annotations file per article, so saving a highlight or a tag rewrites a few
// kilobytes whatever the library's size. Plain class: takes its folder and clock from its caller.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { LowSync, MemorySync } from 'lowdb';
import { MarginError } from '../../shared/api/result';
import type { ArticleAnnotations, ArticleMeta, ArticleSummary } from '../../shared/types';
import { ASSET_FILE, writeArticleFolder, writeArticleFolderAsync, type NewArticle } from './articleFolder';
import { Backups, type SnapshotInfo } from './backups';
import { DurableJsonFile, fileStamp as stampOf, fsyncDir, ioError, removeStaleTemps, statsStamp as stampOfStats, writeFileAtomic, writeFileDurably, type CorruptionReport, type DurableOptions } from './durableJsonFile';
import { LibraryLayout } from './layout';
import { LibraryLock } from './lock';
import { articlesMissingFrom } from './recover';
import { SCHEMA_VERSION, checkShape, emptyAnnotations, emptyIndex, type AnnotationsFile, type IndexFile, type StoredAnnotations } from './schema';
import { SummaryCache, type AnnotationDigest, type LogPosition } from './summaryCache';
import { applyEntries, headOf, isUndo, pendingAfter, undoFloor, type TagChangeEntry, type TagEdit, type TagLogData, type TagState, type TagUndoEntry } from './tagLog';
import { TagLogFile, emptyTagLog, newGeneration, parseTagLog } from './tagLogFile';

export type { AnnotationDigest, PassageTag } from './summaryCache';
export type { SnapshotInfo } from './backups';
export type { NewArticle } from './articleFolder';

export interface StoreOptions {
  dir: string;
  clock?: () => Date;
  newId?: () => string;
  /** Failure injection for tests (disk full): replaces the raw write of every durable file. */
  writeFile?: DurableOptions['writeFile'];
}

/** What became of one document given to `addMany`. */
export type AddOutcome = { ok: true; meta: ArticleMeta; duplicate: boolean } | { ok: false; error: MarginError };

/** What `restoreSnapshot` did. */
export interface RestoreResult {
  restored: SnapshotInfo;
  /** The snapshot holding the library as it was just before (restore it to undo), if there was one. */
  savedAs: string | null;
  articles: number;
  /** Articles added after the snapshot, kept in the restored library. */
  keptNewer: number;
  changedFiles: number;
}

interface Loaded<T> {
  db: LowSync<T>;
  stamp: string;
}

/** One article's annotations: the file as stored (db), and what callers see — the tag log applied. */
interface LoadedAnnotations extends Loaded<StoredAnnotations> {
  data: AnnotationsFile;
  tag: TagState;
  /** The tag log generation `data` was brought up to date under. */
  logGen: string;
}

/** A tag change to append: made from the library as it is under the lock, or null when nothing carries the tag. */
export type TagChangePlan<T> = { from: string; to: string | null; articles: string[]; result: T } | null;

const ANNOTATION_FILE = /^([A-Za-z0-9_-]+)\.json$/;

/** sha256 of the body with line endings and outer whitespace normalised. */
export const contentHash = (content: string) =>
  crypto.createHash('sha256').update(content.replace(/\r\n?/g, '\n').trim()).digest('hex');


function parseIndex(text: string): IndexFile {
  const data = JSON.parse(text) as unknown;
  checkShape(data, 'index');
  if ((data as IndexFile).schemaVersion > SCHEMA_VERSION) throw new MarginError('bad_input', 'written by a newer Margin');
  return data as IndexFile;
}

/** The bookkeeping of a stored file, defensively (an older file has none; a malformed record is dropped). */
function tagStateOf(raw: unknown): TagState {
  const t = raw as Partial<TagState> | undefined;
  if (typeof t?.seq !== 'number' || !Array.isArray(t.replaced)) return { seq: 0, replaced: [] };
  const isEdit = (e: unknown) => typeof e === 'object' && e !== null && Array.isArray((e as TagEdit).removed);
  const replaced = t.replaced.filter(
    (r) => typeof r?.seq === 'number' && (r.tags === undefined || isEdit(r.tags)) && (r.highlights === undefined || Object.values(r.highlights).every(isEdit)),
  );
  return { seq: t.seq, replaced };
}

function parseAnnotations(text: string): AnnotationsFile {
  const data = JSON.parse(text) as unknown;
  checkShape(data, 'annotations');
  return data as AnnotationsFile;
}

export class LibraryStore {
  readonly layout: LibraryLayout;
  readonly notices: string[] = [];
  private readOnlyReason: string | null = null;
  private readonly clock: () => Date;
  private readonly newId: () => string;
  private readonly lock: LibraryLock;
  private readonly backups: Backups;
  private readonly digests: SummaryCache;
  private readonly tagLog: TagLogFile;
  private index!: Loaded<IndexFile>;
  private byId: { data: IndexFile; map: Map<string, ArticleMeta> } | null = null;
  private readonly annotations = new Map<string, LoadedAnnotations>();
  /** Bodies of articles held in memory only (a read-only library that could not be created). */
  private readonly memoryContent = new Map<string, string>();
  private backupFailed = false;

  private constructor(private readonly options: StoreOptions) {
    this.layout = new LibraryLayout(path.resolve(options.dir));
    this.clock = options.clock ?? (() => new Date());
    this.newId = options.newId ?? (() => crypto.randomBytes(8).toString('hex'));
    this.lock = new LibraryLock(this.layout.dir);
    this.backups = new Backups(this.layout, this.clock);
    this.tagLog = new TagLogFile(this.layout.tagLog, {
      clock: this.clock,
      writeFile: options.writeFile,
      onCorrupt: (r) => this.recoverTagLog(r),
    });
    this.digests = new SummaryCache(this.layout, {
      read: (id) => {
        // The tag log was refreshed by whoever asked for the digests (metas()): no stat of it per file.
        const loaded = this.loadAnnotations(id, true, this.annotations.has(id), false);
        return { data: loaded.data, stamp: loaded.stamp, log: this.logPosition() };
      },
      log: () => this.tagLog.data,
      touchedBy: (seq) => this.tagLog.touchedBy(seq),
      stamp: (id) => stampOf(this.layout.annotations(id)),
      tryLocked: (fn) =>
        this.lock.tryHold(() => {
          fn();
          return true;
        }) === true,
      writable: () => !this.readOnly,
      writeFile: options.writeFile,
    });
  }

  /** Opens (creating when needed) the library in `options.dir`. Never throws for a bad folder: it goes read-only and says why. */
  static open(options: StoreOptions): LibraryStore {
    const store = new LibraryStore(options);
    store.checkWritable();
    store.index = store.loadIndex();
    store.migrate();
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

  /** All article metadata, fresh from disk if another process changed the index (or the tag log). */
  metas(): ArticleMeta[] {
    this.refreshIndex();
    this.tagLog.refresh();
    return this.index.db.data.articles;
  }

  meta(id: string): ArticleMeta {
    this.refreshIndex();
    const data = this.index.db.data;
    if (this.byId?.data !== data) this.byId = { data, map: new Map(data.articles.map((a) => [a.id, a])) };
    const found = this.byId.map.get(id);
    if (!found) throw new MarginError('not_found', `No article with id ${id} in this library.`);
    return found;
  }

  /** Rows for the library list: newest first. Reads the summary cache, not every annotations file. */
  summaries(options: { trash?: boolean } = {}): ArticleSummary[] {
    const wantTrash = options.trash === true;
    const metas = this.metas();
    this.digests.sync();
    const rows: ArticleSummary[] = [];
    for (const a of metas) {
      if ((a.trashedAt !== null) !== wantTrash) continue;
      rows.push(row(a, this.digests.get(a.id)));
    }
    this.digests.flushIfDue();
    return rows.sort((x, y) => (x.addedAt < y.addedAt ? 1 : x.addedAt > y.addedAt ? -1 : x.id < y.id ? 1 : -1));
  }

  /** One row of the library list, fresh from its file. */
  summary(id: string): ArticleSummary {
    const a = this.meta(id);
    const loaded = this.loadAnnotations(id, true);
    return row(a, this.digests.observe(id, loaded.data, loaded.stamp, this.logPosition()));
  }

  /** Article and passage tags and the highlight count of one article, from the summary cache. */
  annotationDigest(id: string): AnnotationDigest {
    return this.digests.get(id);
  }

  /** All article metadata, with the summary cache brought up to what other processes wrote (for digests of many articles). */
  metasWithDigests(): ArticleMeta[] {
    const metas = this.metas();
    this.digests.sync();
    return metas;
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
    let bodyWritten: string | null = null;
    try {
      return this.addToIndex(doc, hash, (dir) => (bodyWritten = dir));
    } catch (err) {
      // The index could not be saved: the body written for it goes too, so nothing half-added stays.
      if (bodyWritten) fs.rmSync(bodyWritten, { recursive: true, force: true });
      throw err;
    }
  }

  /**
   * Adds many articles with one index write (a folder import): the bodies are written side by side
   * and made durable together first, then the index names them all. Outcomes come back in order;
   * a body that cannot be written fails alone, an index that cannot be saved fails them all and
   * takes their bodies away again. Duplicates (of the library or of an earlier document) are told.
   */
  async addMany(docs: readonly NewArticle[]): Promise<AddOutcome[]> {
    if (this.readOnly) return docs.map((doc) => this.tryAdd(doc));
    this.refreshIndex();
    const known = new Map(this.index.db.data.articles.map((a) => [a.hash, a] as const));
    const outcomes: AddOutcome[] = new Array(docs.length);
    const fresh: Array<{ at: number; meta: ArticleMeta; write: Promise<void> }> = [];
    const firstAt = new Map<string, number>();
    const repeats: Array<{ at: number; of: number }> = [];
    docs.forEach((doc, at) => {
      const hash = contentHash(doc.content);
      const earlier = known.get(hash);
      if (earlier) outcomes[at] = { ok: true, meta: earlier, duplicate: true };
      else if (firstAt.has(hash)) repeats.push({ at, of: firstAt.get(hash)! });
      else {
        firstAt.set(hash, at);
        const meta = this.newMeta(doc, hash);
        fresh.push({ at, meta, write: writeArticleFolderAsync(this.layout, meta, doc, this.options.writeFile) });
      }
    });
    const written = await Promise.allSettled(fresh.map((f) => f.write));
    const ready = fresh.filter((f, i) => {
      const w = written[i]!;
      if (w.status === 'rejected') outcomes[f.at] = { ok: false, error: ioError(w.reason, this.layout.content(f.meta.id, f.meta.format)) };
      return w.status === 'fulfilled';
    });
    const dropBody = (meta: ArticleMeta) => fs.rmSync(this.layout.articleDir(meta.id), { recursive: true, force: true });
    try {
      if (ready.length > 0) {
        fsyncDir(this.layout.articlesDir);
        this.mutateIndex((data) => {
          const now = new Map(data.articles.map((a) => [a.hash, a] as const));
          for (const { at, meta } of ready) {
            const raced = now.get(meta.hash); // added by another process meanwhile
            if (raced) dropBody(meta);
            else {
              data.articles.push(meta);
              now.set(meta.hash, meta);
            }
            outcomes[at] = { ok: true, meta: raced ?? meta, duplicate: raced !== undefined };
          }
        }, false, true);
      }
    } catch (err) {
      for (const { at, meta } of ready) {
        dropBody(meta);
        outcomes[at] = { ok: false, error: ioError(err, this.layout.index) };
      }
    }
    for (const { at, of } of repeats) {
      const first = outcomes[of]!;
      outcomes[at] = first.ok ? { ok: true, meta: first.meta, duplicate: true } : first;
    }
    return outcomes;
  }

  private tryAdd(doc: NewArticle): AddOutcome {
    try {
      return { ok: true, ...this.add(doc) };
    } catch (err) {
      return { ok: false, error: ioError(err, this.layout.index) };
    }
  }

  private newMeta(doc: NewArticle, hash: string): ArticleMeta {
    return {
      id: this.newId(),
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
  }

  private addToIndex(doc: NewArticle, hash: string, wroteBody: (dir: string) => void): { meta: ArticleMeta; duplicate: boolean } {
    return this.mutateIndex((data) => {
      const existing = data.articles.find((a) => a.hash === hash);
      if (existing) return { meta: existing, duplicate: true };
      const meta = this.newMeta(doc, hash);
      const id = meta.id;
      if (this.readOnly) {
        this.memoryContent.set(id, doc.content);
      } else {
        writeArticleFolder(this.layout, meta, doc, this.options.writeFile);
        wroteBody(this.layout.articleDir(id));
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
    return this.loadAnnotations(id, checkFresh).data;
  }

  /** Applies `fn` to the article's annotations and saves them durably before returning. */
  updateAnnotations<T>(id: string, fn: (draft: AnnotationsFile) => T): T {
    this.meta(id);
    this.assertWritable();
    return this.lock.hold(() => {
      this.snapshotIfDue();
      const loaded = this.loadAnnotations(id, true); // re-reads the tag log too, under the lock
      const draft = structuredClone(loaded.data);
      const result = fn(draft);
      try {
        fs.mkdirSync(this.layout.annotationsDir, { recursive: true });
        this.digests.noteWriting(id);
      } catch (err) {
        throw ioError(err, this.layout.annotations(id));
      }
      // The file gets the tag log's changes it lacked baked in, and its watermark moves up.
      const floor = undoFloor(this.tagLog.data.entries);
      const tag: TagState = { seq: loaded.tag.seq, replaced: loaded.tag.replaced.filter((r) => r.seq >= floor) };
      const stored: StoredAnnotations = { ...draft, schemaVersion: SCHEMA_VERSION };
      if (tag.seq > 0 || tag.replaced.length > 0) stored.tagLog = tag;
      loaded.db.adapter.write(stored);
      loaded.db.data = stored;
      loaded.data = draft;
      loaded.tag = tag;
      loaded.stamp = stampOf(this.layout.annotations(id));
      this.digests.observe(id, draft, loaded.stamp, this.logPosition());
      this.digests.flushIfDue();
      return result;
    });
  }

  // ---- the tag log -------------------------------------------------------------------------

  /**
   * Renames, merges or deletes a tag everywhere by one entry in the tag log: `plan` runs under the
   * library lock, with every other process's writes taken in, and names what the change touches.
   * One small durable write, whatever the size of the library; the files follow as they are read.
   */
  changeTags<T>(plan: () => TagChangePlan<T>): { entry: TagChangeEntry; result: T } | null {
    this.assertWritable();
    return this.lock.hold(() => {
      this.snapshotIfDue();
      this.metas();
      this.digests.sync();
      const made = plan();
      if (!made) return null;
      const entry = this.tagLog.append<TagChangeEntry>({ from: made.from, to: made.to, articles: made.articles });
      this.digests.flushIfDue(true);
      return { entry, result: made.result };
    });
  }

  /** Undoes the change with this undo token; throws not_found when it can no longer be undone. */
  undoTagChange(token: string): TagChangeEntry {
    this.assertWritable();
    return this.lock.hold(() => {
      this.snapshotIfDue();
      const log = this.tagLog.refresh();
      const e = this.tagLog.byId(token);
      const undone = e && log.entries.some((x) => isUndo(x) && x.undoes === e.seq);
      if (!e || isUndo(e) || undone || e.seq < undoFloor(log.entries)) throw new MarginError('not_found', 'That change can no longer be undone.');
      this.tagLog.append<TagUndoEntry>({ undoes: e.seq });
      return e;
    });
  }

  private logPosition(): LogPosition {
    const log = this.tagLog.data;
    return { generation: log.generation, seq: headOf(log) };
  }

  /** Forgets cached annotations of these articles (another process changed them). */
  invalidate(ids: string[]): void {
    for (const id of ids) this.annotations.delete(id);
    this.digests.forget(ids);
  }

  // ---- backups -----------------------------------------------------------------------------

  /** The library's backup snapshots, newest first. */
  snapshots(): SnapshotInfo[] {
    return this.backups.list();
  }

  /**
   * Puts a snapshot's library.json and annotations back. The library as it was is first kept as a
   * `before-restore-…` snapshot (restore that one to undo); articles added since stay in the library.
   */
  restoreSnapshot(name: string): RestoreResult {
    this.assertWritable();
    return this.lock.hold(() => {
      const restored = this.backups.require(name);
      const indexCopy = this.backups.fileIn(name, 'library.json');
      let index: IndexFile;
      try {
        index = parseIndex(fs.readFileSync(indexCopy ?? '', 'utf8'));
      } catch (err) {
        throw new MarginError('bad_input', `The backup "${name}" cannot be used (${(err as Error).message}); nothing was changed.`);
      }
      const saved = this.backups.beforeRestore();
      const newer = articlesMissingFrom(this.layout, new Set(index.articles.map((a) => a.id)), contentHash);
      // Never back to an older schema: this Margin's files (and its tag log) are what is there now.
      const merged: IndexFile = { ...index, schemaVersion: Math.max(index.schemaVersion, SCHEMA_VERSION), articles: [...index.articles, ...newer] };
      const wanted = new Set(this.backups.annotationFilesIn(name));
      const changed: string[] = [];
      const logCopy = this.backups.fileIn(name, 'tag-log.json');
      let log: TagLogData = emptyTagLog();
      try {
        if (logCopy) log = parseTagLog(fs.readFileSync(logCopy, 'utf8'));
      } catch (err) {
        throw new MarginError('bad_input', `The backup "${name}" cannot be used (its tag-log.json: ${(err as Error).message}); nothing was changed.`);
      }
      try {
        writeFileDurably(this.layout.index, JSON.stringify(merged), this.options.writeFile);
        // The snapshot's tag log goes back with its files; new entries number above every watermark.
        const current = this.tagLog.refresh();
        this.tagLog.replace({ ...log, seqFloor: Math.max(headOf(current), current.seqFloor ?? 0, log.seqFloor ?? 0) });
        fs.mkdirSync(this.layout.annotationsDir, { recursive: true });
        for (const f of fs.readdirSync(this.layout.annotationsDir)) {
          const id = ANNOTATION_FILE.exec(f)?.[1];
          if (!id || wanted.has(f)) continue;
          this.digests.noteWriting(id);
          changed.push(id);
          fs.rmSync(path.join(this.layout.annotationsDir, f)); // kept in the before-restore snapshot
        }
        for (const f of wanted) {
          const text = fs.readFileSync(this.backups.fileIn(name, `annotations/${f}`)!, 'utf8');
          const live = path.join(this.layout.annotationsDir, f);
          if (readOrNull(live) === text) continue;
          const id = f.slice(0, -'.json'.length);
          this.digests.noteWriting(id);
          changed.push(id);
          writeFileDurably(live, text, this.options.writeFile);
        }
      } catch (err) {
        throw ioError(err, this.layout.index);
      } finally {
        this.annotations.clear();
        this.digests.forget(changed);
        this.index.stamp = 'changed';
      }
      return { restored, savedAs: saved?.name ?? null, articles: merged.articles.length, keptNewer: newer.length, changedFiles: changed.length };
    });
  }

  // ---- derived cache (rendered HTML, text model, statistics) --------------------------------

  readDerived<T>(id: string): T | null {
    try {
      return JSON.parse(fs.readFileSync(this.layout.derived(id), 'utf8')) as T;
    } catch {
      return null;
    }
  }

  /** Where derived data of the article is cached; null when it is not (a read-only library). */
  derivedPath(id: string): string | null {
    return this.readOnly || this.memoryContent.has(id) ? null : this.layout.derived(id);
  }

  /** Caches derived data (atomic, not fsynced); a failure is harmless (it is recomputed next time). */
  writeDerived(id: string, data: unknown): void {
    const file = this.derivedPath(id);
    if (file === null) return;
    try {
      writeFileAtomic(file, JSON.stringify(data));
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

  private durable<T>(file: string, kind: 'index' | 'annotations', onCorrupt: (r: CorruptionReport) => void): DurableJsonFile<T> {
    return new DurableJsonFile<T>(file, {
      clock: this.clock,
      writeFile: this.options.writeFile,
      validate: (data) => checkShape(data, kind),
      onCorrupt,
    });
  }

  /** Before the first change of each day, a snapshot of the index files; a failure only warns. */
  private snapshotIfDue(): void {
    try {
      if (!this.backups.dailyIfDue()) return;
      // Once a day, too: temp files and lock pid files of processes killed mid-write.
      for (const dir of [this.layout.dir, this.layout.annotationsDir]) removeStaleTemps(dir);
      this.lock.sweep();
    } catch (err) {
      if (this.backupFailed) return;
      this.backupFailed = true;
      this.notices.push(`Today's backup of the library could not be made (${(err as Error).message}). Your changes are still saved.`);
    }
  }

  /** A library of an older schema gets this one's number, so an older Margin opens it read-only. */
  private migrate(): void {
    if (this.readOnly || this.index.db.data.schemaVersion >= SCHEMA_VERSION) return;
    try {
      this.mutateIndex((data) => {
        data.schemaVersion = SCHEMA_VERSION;
      });
    } catch (err) {
      this.notices.push(`The library could not be updated to this Margin's format (${(err as Error).message}); it will be tried again.`);
    }
  }

  /**
   * A damaged tag-log.json (already set aside): the newest backup's, under a new generation and
   * numbering new entries above every watermark the annotations files hold. Under the lock, a log
   * another process wrote meanwhile (recovered already, or with an entry since) is kept instead.
   */
  private recoverTagLog(corrupt: CorruptionReport): TagLogData {
    const backup = this.backups.newestGood('tag-log.json', parseTagLog);
    const base = backup?.data ?? emptyTagLog();
    let data: TagLogData = { ...base, generation: newGeneration(), seqFloor: Math.max(base.seqFloor ?? 0, this.highestWatermark()) };
    let outcome = backup ? `it was restored from the backup of ${backup.snapshot.name}` : 'no backup had it';
    outcome += '; tag renames made since may need to be made again';
    if (!this.readOnly) {
      try {
        data = this.lock.hold(() => readTagLog(this.layout.tagLog) ?? this.tagLog.replace(data));
      } catch (err) {
        outcome += ` (it could not be saved yet: ${(err as Error).message})`;
      }
    }
    this.notices.push(`The tag log (tag-log.json) was damaged (${corrupt.reason}); it was set aside as ${path.basename(corrupt.movedTo)} and ${outcome}. Nothing was deleted.`);
    return data;
  }

  /** The highest tag-log seq any annotations file says it includes (read only when the log is recovered). */
  private highestWatermark(): number {
    let names: string[];
    try {
      names = fs.readdirSync(this.layout.annotationsDir);
    } catch {
      return 0;
    }
    let highest = 0;
    for (const name of names) {
      if (!ANNOTATION_FILE.test(name)) continue;
      try {
        const stored = JSON.parse(readOrNull(path.join(this.layout.annotationsDir, name)) ?? '{}') as StoredAnnotations;
        highest = Math.max(highest, tagStateOf(stored.tagLog).seq);
      } catch {
        // A damaged file: it is recovered when it is read.
      }
    }
    return highest;
  }

  private loadIndex(): Loaded<IndexFile> {
    const file = this.layout.index;
    const existed = fs.existsSync(file);
    let corrupt: CorruptionReport | null = null;
    let db: LowSync<IndexFile>;
    try {
      db = new LowSync<IndexFile>(this.durable<IndexFile>(file, 'index', (r) => (corrupt = r)), emptyIndex());
      db.read();
    } catch (err) {
      if (!this.readOnly) throw err;
      db = new LowSync<IndexFile>(new MemorySync<IndexFile>(), emptyIndex());
    }
    if (this.readOnly && !fs.existsSync(file)) {
      db = new LowSync<IndexFile>(new MemorySync<IndexFile>(), emptyIndex());
    }
    this.checkSchema(db.data.schemaVersion, file);
    if (!this.readOnly && (corrupt || !existed)) this.recoverIndex(db, corrupt);
    return { db, stamp: stampOf(file) };
  }

  /** A damaged or missing library.json: the newest good backup, plus article folders it does not name. */
  private recoverIndex(db: LowSync<IndexFile>, corrupt: CorruptionReport | null): void {
    const backup = this.backups.newestGood('library.json', parseIndex);
    const base = backup?.data ?? db.data;
    const found = articlesMissingFrom(this.layout, new Set(base.articles.map((a) => a.id)), contentHash);
    if (!corrupt && !backup && found.length === 0) return; // a new library
    const data: IndexFile = { ...base, seeded: base.seeded || found.length > 0, articles: [...base.articles, ...found] };
    const what = corrupt
      ? `library.json was damaged (${corrupt.reason}); it was set aside as ${path.basename(corrupt.movedTo)}.`
      : 'library.json was missing.';
    const from = backup ? ` The list of articles was restored from the backup of ${backup.snapshot.name} (${backup.data.articles.length} articles)` : ' No backup was found';
    const rebuilt = found.length
      ? `${backup ? ' and' : '; instead'} ${found.length} article${found.length === 1 ? ' was' : 's were'} recovered from their folders.`
      : backup
        ? '.'
        : '; the library starts empty.';
    try {
      this.lock.hold(() => db.adapter.write(data));
      this.notices.push(`${what}${from}${rebuilt} Nothing was deleted.`);
    } catch (err) {
      this.notices.push(`${what}${from}${rebuilt} It could not be saved yet: ${(err as Error).message}`);
    }
    db.data = data;
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

  /**
   * Changes the index under the lock and saves it; on failure the data in memory stays as it was.
   * `appendOnly`: `fn` only appends articles (no meta is changed), so the list is copied, not cloned.
   */
  private mutateIndex<T>(fn: (data: IndexFile) => T, allowInMemory = false, appendOnly = false): T {
    const inMemory = allowInMemory && this.readOnly && this.index.stamp === 'missing';
    if (!inMemory) this.assertWritable();
    const run = () => {
      if (!inMemory) this.snapshotIfDue();
      this.refreshIndex();
      const data = this.index.db.data;
      const draft = appendOnly ? { ...data, articles: [...data.articles] } : structuredClone(data);
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

  /**
   * The article's annotations, re-read when the file changed and brought past tag-log entries it
   * does not include yet; `keep` false reads without caching.
   */
  private loadAnnotations(id: string, checkFresh: boolean, keep = true, refreshLog = checkFresh): LoadedAnnotations {
    const log = refreshLog ? this.tagLog.refresh() : this.tagLog.data;
    let loaded = this.annotations.get(id);
    if (!loaded || loaded.logGen !== log.generation || (checkFresh && stampOf(this.layout.annotations(id)) !== loaded.stamp)) {
      loaded = this.readAnnotations(id, log.generation);
      if (keep) this.annotations.set(id, loaded);
    }
    if (loaded.tag.seq < headOf(log)) {
      const caught = applyEntries(loaded.data, loaded.tag, pendingAfter(log.entries, loaded.tag.seq), undoFloor(log.entries));
      loaded.data = caught.data;
      loaded.tag = caught.state;
    }
    return loaded;
  }

  private readAnnotations(id: string, logGen: string): LoadedAnnotations {
    const file = this.layout.annotations(id);
    let corrupt: CorruptionReport | null = null;
    const adapter = this.durable<StoredAnnotations>(file, 'annotations', (r) => (corrupt = r));
    const db = new LowSync<StoredAnnotations>(adapter, emptyAnnotations(id));
    db.read();
    // The stamp of the very file that was read (its descriptor's): a change after is seen next time.
    let stamp = adapter.lastRead ? stampOfStats(adapter.lastRead) : 'missing';
    if (corrupt) stamp = this.recoverAnnotations(id, db, corrupt);
    this.checkSchema(db.data.schemaVersion, file);
    const { tagLog, ...data } = db.data;
    return { db, stamp, data, tag: tagStateOf(tagLog), logGen };
  }

  /** A damaged annotations file (already set aside): back from the newest backup that has it. */
  private recoverAnnotations(id: string, db: LowSync<StoredAnnotations>, corrupt: CorruptionReport): string {
    const file = this.layout.annotations(id);
    const backup = this.backups.newestGood(`annotations/${id}.json`, parseAnnotations);
    let outcome = 'no backup had it, so the article starts again with no highlights or tags';
    if (backup) {
      db.data = backup.data;
      outcome = `it was restored from the backup of ${backup.snapshot.name} (${backup.data.highlights.length} highlights)`;
      if (!this.readOnly) {
        try {
          this.lock.hold(() => {
            this.digests.noteWriting(id);
            db.adapter.write(backup.data);
          });
        } catch (err) {
          outcome += `, but could not be saved yet (${(err as Error).message})`;
        }
      }
    }
    this.digests.forget([id]);
    const title = this.byId?.map.get(id)?.title ?? this.index?.db.data.articles.find((a) => a.id === id)?.title ?? id;
    this.notices.push(
      `The highlights and tags of "${title}" (${path.basename(file)}) were damaged (${corrupt.reason}); the file was set aside as ${path.basename(corrupt.movedTo)} and ${outcome}. Nothing was deleted.`,
    );
    return stampOf(file);
  }
}

/** A list row. Fields are copied one by one: spreading 10,000 parsed objects costs V8 ~10x more. */
function row(a: ArticleMeta, d: AnnotationDigest): ArticleSummary {
  return {
    id: a.id,
    title: a.title,
    author: a.author,
    source: a.source,
    siteName: a.siteName,
    publishedAt: a.publishedAt,
    addedAt: a.addedAt,
    format: a.format,
    hash: a.hash,
    size: a.size,
    trashedAt: a.trashedAt,
    tags: [...d.tags],
    highlightCount: d.highlightCount,
  };
}

/** The tag log in `file` if it is whole and valid, else null. */
function readTagLog(file: string): TagLogData | null {
  try {
    return parseTagLog(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function readOrNull(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}
