// The list's digest of every article's annotations (tags, highlight count, passage tags) in one
// cache file, so opening 10,000 articles reads two files, not 10,000. The annotation files stay the
// source of truth: under the library lock every writer first appends the article's id to a journal,
// and the cache file plus the ids in the journal always describe the files exactly. Each digest
// also says how far into the tag log it is; later entries are applied to it in memory when they can be.
import fs from 'node:fs';
import type { ArticleAnnotations } from '../../shared/types';
import { fileStamp, writeFileDurably } from './durableJsonFile';
import type { LibraryLayout } from './layout';
import { SCHEMA_VERSION } from './schema';
import { applyToDigest, headOf, pendingAfter, type TagLogData } from './tagLog';

/** One tag as written on an article's passages: how many carry it, and the latest change among them. */
export interface PassageTag {
  tag: string;
  passages: number;
  lastUsed: string | null;
}

/** What the library list, the tag list and tag filters need to know of one article's annotations. */
export interface AnnotationDigest {
  tags: string[];
  highlightCount: number;
  passageTags: PassageTag[];
}

/** How far into the tag log a digest is: the log's generation and the seq of the last entry included. */
export interface LogPosition {
  generation: string;
  seq: number;
}

interface Entry extends AnnotationDigest {
  /** Stamp of the annotations file the digest was made from. */
  stamp: string;
  log: LogPosition;
}

interface CacheFile {
  version: string;
  entries: Record<string, Entry>;
}

/** How the cache reaches the annotation files and the lock (the store provides both). */
export interface SummarySource {
  /** Reads one article's annotations (with the store's recovery, the tag log applied) and the file's stamp. */
  read(id: string): { data: ArticleAnnotations; stamp: string; log: LogPosition };
  /** The tag log as the store last read it (no disk access). */
  log(): TagLogData;
  /** The articles the tag change with this seq touched; undefined when there is no such change. */
  touchedBy(seq: number): ReadonlySet<string> | undefined;
  stamp(id: string): string;
  /** Runs `fn` under the library lock if it is free now; false when it is not. */
  tryLocked(fn: () => void): boolean;
  writable(): boolean;
  writeFile?: (fd: number, text: string) => void;
}

const VERSION = `3.${SCHEMA_VERSION}`;
/** Files read since the last flush before the cache file is rewritten. */
const FLUSH_AFTER_READS = 64;
/** Journal lines before the cache file is rewritten: at least 256, more in a big library (a flush costs O(n)). */
const flushAfterLines = (entries: number) => Math.max(256, Math.floor(entries / 8));

/** The digest of one annotations file; defensive, as a newer schema may change the shape. */
export function digestOf(data: ArticleAnnotations): AnnotationDigest {
  const tags = Array.isArray(data.tags) ? data.tags : [];
  const highlights = Array.isArray(data.highlights) ? data.highlights : [];
  const byTag = new Map<string, PassageTag>();
  for (const h of highlights) {
    for (const tag of Array.isArray(h.tags) ? h.tags : []) {
      const p = byTag.get(tag) ?? { tag, passages: 0, lastUsed: null };
      p.passages++;
      if (h.updatedAt && (!p.lastUsed || h.updatedAt > p.lastUsed)) p.lastUsed = h.updatedAt;
      byTag.set(tag, p);
    }
  }
  return { tags: [...tags], highlightCount: highlights.length, passageTags: [...byTag.values()] };
}

export class SummaryCache {
  private entries = new Map<string, Entry>();
  private loaded = false;
  private cacheStamp = 'missing';
  private journalIno = -1;
  /** Bytes of the journal already taken into account, and its size as last seen. */
  private journalOffset = 0;
  private journalBytes = 0;
  private readsSinceFlush = 0;
  /** Ids named in the journal: a writer may still be writing them, so their stamps are checked on use. */
  private volatile = new Set<string>();
  private flushScheduled = false;

  constructor(
    private readonly layout: LibraryLayout,
    private readonly source: SummarySource,
  ) {}

  /** The digest of one article: from the cache, or read from its file. */
  get(id: string): AnnotationDigest {
    if (!this.loaded) this.sync();
    const known = this.entries.get(id);
    if (known && !(this.volatile.has(id) && known.stamp !== this.source.stamp(id))) {
      const current = this.caughtUp(id, known);
      if (current) return current;
    }
    const { data, stamp, log } = this.source.read(id);
    return this.observe(id, data, stamp, log);
  }

  /** Records a digest of annotations just read or written (with the file's stamp and the tag log's position). */
  observe(id: string, data: ArticleAnnotations, stamp: string, log: LogPosition): AnnotationDigest {
    const entry: Entry = { ...digestOf(data), stamp, log };
    if (this.entries.get(id)?.stamp !== stamp) this.readsSinceFlush++;
    this.entries.set(id, entry);
    return entry;
  }

  /**
   * The digest brought past tag-log entries made since it was: the same entry when none affects it
   * (so caches keyed by it stay), a new one for a rename, null when its file must be read.
   */
  private caughtUp(id: string, e: Entry): Entry | null {
    const log = this.source.log();
    if (e.log.generation !== log.generation) return null;
    const head = headOf(log);
    if (e.log.seq >= head) return e;
    const next = applyToDigest(id, e, pendingAfter(log.entries, e.log.seq), (seq) => this.source.touchedBy(seq));
    if (next === null) return null;
    this.readsSinceFlush++;
    if (next === e) {
      e.log = { generation: log.generation, seq: head };
      return e;
    }
    const entry: Entry = { tags: next.tags, highlightCount: next.highlightCount, passageTags: next.passageTags, stamp: e.stamp, log: { generation: log.generation, seq: head } };
    this.entries.set(id, entry);
    return entry;
  }

  /** Forgets digests (their files changed behind our back); they are read again when asked for. */
  forget(ids: Iterable<string>): void {
    for (const id of ids) this.entries.delete(id);
  }

  /** Takes in what other processes wrote: reloads the cache file if it changed, then reads new journal lines. */
  sync(): void {
    for (let attempt = 0; attempt < 5; attempt++) {
      const stamp = fileStamp(this.layout.summaryCache);
      if (!this.loaded || stamp !== this.cacheStamp) {
        this.entries = this.readCacheFile();
        this.volatile.clear();
        this.cacheStamp = stamp;
        this.journalOffset = 0;
        this.journalIno = -1;
      }
      this.loaded = true;
      this.readJournal();
      // A flush by another process between the two reads: start again from its new cache file.
      if (fileStamp(this.layout.summaryCache) === this.cacheStamp) return;
    }
  }

  /** Called under the lock before articles' annotations files are written: notes their ids in the journal. */
  noteWriting(...ids: string[]): void {
    const fd = fs.openSync(this.layout.summaryJournal, 'a');
    try {
      const before = fs.fstatSync(fd);
      const line = ids.map((id) => `${id}\n`).join('');
      if (this.source.writeFile) this.source.writeFile(fd, line);
      else fs.writeSync(fd, line);
      // Our own line: nothing new from others to read when the journal held only what we had read.
      if (before.ino === this.journalIno && before.size === this.journalOffset) this.journalOffset += line.length;
      this.journalBytes = before.size + line.length;
    } finally {
      fs.closeSync(fd);
    }
  }

  /**
   * Rewrites the cache file and empties the journal when enough changed and the lock is free.
   * `later`: on the next turn of the event loop, so a change of thousands of files returns first.
   */
  flushIfDue(later = false): void {
    if (!this.source.writable()) return;
    const journalLines = this.journalBytes / 17;
    if (this.readsSinceFlush < FLUSH_AFTER_READS && journalLines < flushAfterLines(this.entries.size)) return;
    if (!later) {
      this.source.tryLocked(() => this.flush());
      return;
    }
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(() => {
      this.flushScheduled = false;
      this.flushIfDue();
    });
  }

  /** Under the lock: the cache file gets every digest known to be exact, then the journal goes. */
  private flush(): void {
    this.sync();
    for (const id of this.volatile) if (this.entries.get(id)?.stamp !== this.source.stamp(id)) this.entries.delete(id);
    const entries: Record<string, Entry> = {};
    for (const [id, e] of this.entries) entries[id] = e;
    const file: CacheFile = { version: VERSION, entries };
    try {
      writeFileDurably(this.layout.summaryCache, JSON.stringify(file), this.source.writeFile);
      this.cacheStamp = fileStamp(this.layout.summaryCache);
      fs.rmSync(this.layout.summaryJournal, { force: true });
      this.journalOffset = 0;
      this.journalBytes = 0;
      this.journalIno = -1;
      this.readsSinceFlush = 0;
      this.volatile.clear();
    } catch {
      // Only a cache: the journal still names what the old file lacks.
    }
  }

  private readCacheFile(): Map<string, Entry> {
    try {
      const parsed = JSON.parse(fs.readFileSync(this.layout.summaryCache, 'utf8')) as CacheFile;
      if (parsed.version !== VERSION || typeof parsed.entries !== 'object' || parsed.entries === null) return new Map();
      return new Map(Object.entries(parsed.entries));
    } catch {
      return new Map(); // missing or damaged: rebuilt from the annotation files
    }
  }

  /** Reads journal lines past our offset; the digests they name are checked against their files on use. */
  private readJournal(): void {
    let fd: number;
    try {
      fd = fs.openSync(this.layout.summaryJournal, 'r');
    } catch {
      this.journalOffset = 0;
      this.journalBytes = 0;
      this.journalIno = -1;
      return;
    }
    try {
      const st = fs.fstatSync(fd);
      this.journalBytes = st.size;
      if (st.ino !== this.journalIno) {
        this.journalIno = st.ino;
        this.journalOffset = 0;
      }
      if (st.size <= this.journalOffset) return;
      const buf = Buffer.alloc(st.size - this.journalOffset);
      const got = fs.readSync(fd, buf, 0, buf.length, this.journalOffset);
      const text = buf.subarray(0, got).toString('utf8');
      const complete = text.lastIndexOf('\n') + 1;
      this.journalOffset += Buffer.byteLength(text.slice(0, complete));
      for (const id of text.slice(0, complete).split('\n')) if (id) this.volatile.add(id);
    } finally {
      fs.closeSync(fd);
    }
  }
}
