// tag-log.json: the library's tag log (see tagLog.ts) as a small lowdb file, written durably under
// the library lock and re-read whenever another process changed it. Plain class: the store gives
// it the file, the clock and what to do with a damaged file.
import crypto from 'node:crypto';
import { LowSync } from 'lowdb';
import { MarginError } from '../../shared/api/result';
import { DurableJsonFile, fileStamp as stampOf, type CorruptionReport, type DurableOptions } from './durableJsonFile';
import { SCHEMA_VERSION } from './schema';
import { isUndo, nextSeq, undoFloor, type TagChangeEntry, type TagLogData, type TagLogEntry, type TagUndoEntry } from './tagLog';

/** The log of a library that never had one: generation '' (digests made before it existed stay valid). */
export const emptyTagLog = (): TagLogData => ({ schemaVersion: SCHEMA_VERSION, generation: '', entries: [] });

export const newGeneration = () => crypto.randomBytes(6).toString('hex');

/** Parses and checks a tag log's text (a backup's, say); throws bad_input when it is not one. */
export function parseTagLog(text: string): TagLogData {
  const data = JSON.parse(text) as unknown;
  checkTagLog(data);
  return data as TagLogData;
}

function checkTagLog(data: unknown): void {
  const d = data as Partial<TagLogData> | null;
  if (typeof d !== 'object' || d === null || Array.isArray(d)) throw new MarginError('bad_input', 'not a JSON object');
  if (typeof d.schemaVersion !== 'number') throw new MarginError('bad_input', 'no schemaVersion');
  if (d.schemaVersion > SCHEMA_VERSION) return;
  if (typeof d.generation !== 'string' || !Array.isArray(d.entries)) throw new MarginError('bad_input', 'no entry list');
  if (d.seqFloor !== undefined && typeof d.seqFloor !== 'number') throw new MarginError('bad_input', 'a malformed seqFloor');
  let last = -Infinity;
  for (const e of d.entries as unknown[]) {
    const x = e as Partial<TagChangeEntry & TagUndoEntry>;
    const ok = typeof x === 'object' && x !== null && typeof x.seq === 'number' && x.seq > last && typeof x.id === 'string' &&
      (typeof x.undoes === 'number' || (typeof x.from === 'string' && (typeof x.to === 'string' || x.to === null) && Array.isArray(x.articles)));
    if (!ok) throw new MarginError('bad_input', 'an entry is malformed or out of order');
    last = x.seq!;
  }
}

export interface TagLogOptions {
  clock: () => Date;
  writeFile?: DurableOptions['writeFile'];
  /** A damaged file was set aside: returns the log to go on with (from a backup, or empty). */
  onCorrupt: (report: CorruptionReport) => TagLogData;
}

export class TagLogFile {
  private readonly db: LowSync<TagLogData>;
  private stamp = 'unread';
  private corrupt: CorruptionReport | null = null;
  private readonly touched = new WeakMap<TagChangeEntry, ReadonlySet<string>>();
  private readonly bySeq = new WeakMap<TagLogData, Map<number, TagLogEntry>>();

  constructor(
    readonly file: string,
    private readonly options: TagLogOptions,
  ) {
    const adapter = new DurableJsonFile<TagLogData>(file, {
      clock: options.clock,
      writeFile: options.writeFile,
      validate: checkTagLog,
      onCorrupt: (r) => (this.corrupt = r),
    });
    this.db = new LowSync<TagLogData>(adapter, emptyTagLog());
  }

  private read(): void {
    this.corrupt = null;
    const stamp = stampOf(this.file); // taken first: a change during the read is seen next time
    this.db.read();
    this.stamp = stamp;
    if (this.corrupt) {
      this.db.data = this.options.onCorrupt(this.corrupt);
      this.stamp = stampOf(this.file);
    }
  }

  /** The log as last read (no disk access). */
  get data(): TagLogData {
    if (this.stamp === 'unread') this.read();
    return this.db.data;
  }

  /** Re-reads the file when another process changed it; returns the log. */
  refresh(): TagLogData {
    if (this.stamp === 'unread' || stampOf(this.file) !== this.stamp) this.read();
    return this.db.data;
  }

  /** The entry with this undo token, if the log still has it. */
  byId(id: string): TagLogEntry | undefined {
    return this.data.entries.find((e) => e.id === id);
  }

  /** The articles the change with this seq touched (empty once it can no longer be undone); undefined for no such change. */
  touchedBy(seq: number): ReadonlySet<string> | undefined {
    const data = this.data;
    let index = this.bySeq.get(data);
    if (!index) this.bySeq.set(data, (index = new Map(data.entries.map((x) => [x.seq, x]))));
    const e = index.get(seq);
    if (!e || isUndo(e)) return undefined;
    let set = this.touched.get(e);
    if (!set) this.touched.set(e, (set = new Set(e.articles)));
    return set;
  }

  /**
   * Appends an entry, durably; the caller holds the library lock and has refreshed the log. Changes
   * that can no longer be undone lose their list of articles, so the file stays small.
   */
  append<E extends TagLogEntry>(entry: Omit<E, 'seq' | 'id' | 'at'>): E {
    const log = this.db.data;
    const made = { ...entry, seq: nextSeq(log, this.options.clock()), id: crypto.randomBytes(9).toString('base64url'), at: this.options.clock().toISOString() } as E;
    const entries = [...log.entries, made];
    const floor = undoFloor(entries);
    const next: TagLogData = {
      ...log,
      schemaVersion: SCHEMA_VERSION,
      entries: entries.map((e) => (!isUndo(e) && e.seq < floor && e.articles.length > 0 ? { ...e, articles: [] } : e)),
    };
    this.write(next);
    return made;
  }

  /** Replaces the whole log (a restore, a recovery): written durably, with a new generation; returns what was written. */
  replace(data: TagLogData): TagLogData {
    const written = { ...data, generation: newGeneration() };
    this.write(written);
    return written;
  }

  private write(data: TagLogData): void {
    this.db.adapter.write(data);
    this.db.data = data;
    this.stamp = stampOf(this.file);
  }
}
