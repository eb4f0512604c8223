// A lowdb SyncAdapter that writes JSON durably (temp file, fsync, rename, fsync of the folder) and
// reads defensively: a file that does not parse is set aside as `<name>.corrupt-<time>`, never deleted.
import fs from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import type { SyncAdapter } from 'lowdb';
import { MarginError } from '../../shared/api/result';

export interface CorruptionReport {
  file: string;
  movedTo: string;
  reason: string;
}

export interface DurableOptions {
  /** Called when the file existed but could not be parsed (after it was moved aside). */
  onCorrupt?: (report: CorruptionReport) => void;
  /** Validates parsed data; throw to treat the file as corrupt. */
  validate?: (data: unknown) => void;
  clock?: () => Date;
  /** Injected for failure tests (disk full): replaces the raw write of the temp file. */
  writeFile?: (fd: number, text: string) => void;
}

/** A file's identity and version as one string: another process's write (a rename over it) changes it. */
export const statsStamp = (s: fs.Stats): string => `${s.mtimeMs}:${s.size}:${s.ino}`;

/** `statsStamp` of the file now, or 'missing'. */
export function fileStamp(file: string): string {
  try {
    return statsStamp(fs.statSync(file));
  } catch {
    return 'missing';
  }
}

let tmpCounter = 0;

/** A temp file beside `file`, unique in this process and its threads, named so removeStaleTemps knows its owner. */
export function tempPathFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${threadId * 1e9 + ++tmpCounter}.tmp`);
}

/**
 * Writes `text` to `file` atomically and durably. Leaves no temp file behind on failure. With
 * `syncDir: false` the caller fsyncs the folder itself (once after many files) before relying on it.
 * Returns the written file's stats (as `file` has them after the rename).
 */
export function writeFileDurably(file: string, text: string, writeFile?: (fd: number, text: string) => void, options: { syncDir?: boolean } = {}): fs.Stats {
  const dir = path.dirname(file);
  const tmp = tempPathFor(file);
  let fd: number | undefined;
  let written: fs.Stats;
  try {
    fd = fs.openSync(tmp, 'w');
    if (writeFile) writeFile(fd, text);
    else fs.writeFileSync(fd, text);
    fs.fsyncSync(fd);
    written = fs.fstatSync(fd); // the file's identity and times, which the rename keeps
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(tmp, file);
  } catch (err) {
    if (fd !== undefined) fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    throw ioError(err, file);
  }
  if (options.syncDir !== false) fsyncDir(dir);
  return written;
}

/**
 * Replaces `file` atomically but without fsync: for caches that are cheap to rebuild. After a power
 * cut it may be missing or empty, never half of an old and half of a new version.
 */
export function writeFileAtomic(file: string, text: string): void {
  const tmp = tempPathFor(file);
  try {
    fs.writeFileSync(tmp, text);
    fs.renameSync(tmp, file);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw ioError(err, file);
  }
}

/** Removes temp files left in `dir` by processes killed while writing (their pid is gone). */
export function removeStaleTemps(dir: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = /^\..+\.(\d+)\.\d+\.tmp$/.exec(name)?.[1];
    if (pid && !processAlive(Number(pid))) fs.rmSync(path.join(dir, name), { force: true });
  }
}

/** Whether a process with this pid exists (EPERM: it does, owned by someone else). */
export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Makes the names in `dir` (files created or renamed there) durable. */
export function fsyncDir(dir: string): void {
  let dfd: number | undefined;
  try {
    dfd = fs.openSync(dir, 'r');
    fs.fsyncSync(dfd);
  } catch {
    // Some platforms (Windows) cannot open or fsync a folder; the rename is still atomic there.
  } finally {
    if (dfd !== undefined) fs.closeSync(dfd);
  }
}

/** `fsyncDir` off the main thread, for many folders at once. */
export async function fsyncDirAsync(dir: string): Promise<void> {
  let handle: fs.promises.FileHandle | undefined;
  try {
    handle = await fs.promises.open(dir, 'r');
    await handle.sync();
  } catch {
    // As in fsyncDir.
  } finally {
    await handle?.close();
  }
}

/** Turns a Node fs error into a message a person can act on. */
export function ioError(err: unknown, file: string): MarginError {
  if (err instanceof MarginError) return err;
  const code = (err as NodeJS.ErrnoException)?.code;
  const where = path.dirname(file);
  switch (code) {
    case 'ENOSPC':
      return new MarginError('io', `The disk is full: could not save ${path.basename(file)} in ${where}. Nothing was changed.`);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new MarginError('read_only', `Margin cannot write to ${where} (${code}). Nothing was changed.`);
    default:
      return new MarginError('io', `Could not save ${file}: ${(err as Error)?.message ?? String(err)}`);
  }
}

export class DurableJsonFile<T> implements SyncAdapter<T> {
  constructor(
    readonly file: string,
    private readonly options: DurableOptions = {},
  ) {}

  /** The stats of the file as the last read() found it (from the descriptor it read), or null when missing. */
  lastRead: fs.Stats | null = null;

  read(): T | null {
    let text: string;
    this.lastRead = null;
    try {
      const fd = fs.openSync(this.file, 'r');
      try {
        this.lastRead = fs.fstatSync(fd);
        text = readAll(fd, this.lastRead.size);
      } finally {
        fs.closeSync(fd);
      }
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw ioError(err, this.file);
    }
    try {
      const data = JSON.parse(text) as unknown;
      this.options.validate?.(data);
      return data as T;
    } catch (err) {
      if (err instanceof MarginError && err.code !== 'bad_input') throw err;
      let movedTo: string;
      try {
        movedTo = setAside(this.file, this.options.clock?.() ?? new Date());
      } catch (moveErr) {
        // Another process set it aside first: what is there now is read next time.
        if ((moveErr as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw ioError(moveErr, this.file);
      }
      this.options.onCorrupt?.({ file: this.file, movedTo, reason: (err as Error).message });
      return null;
    }
  }

  write(data: T): void {
    writeFileDurably(this.file, JSON.stringify(data), this.options.writeFile);
  }
}

/** Reads an open file to its end (`size` is a hint: a file growing meanwhile is read whole). */
function readAll(fd: number, size: number): string {
  const chunks: Buffer[] = [];
  let buffer = Buffer.allocUnsafe(Math.max(size, 1024));
  let used = 0;
  for (;;) {
    const n = fs.readSync(fd, buffer, used, buffer.length - used, null);
    if (n === 0) break;
    used += n;
    if (used === buffer.length) {
      chunks.push(buffer);
      buffer = Buffer.allocUnsafe(buffer.length);
      used = 0;
    }
  }
  chunks.push(buffer.subarray(0, used));
  return (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)).toString('utf8');
}

/** Moves a damaged file aside as `<name>.corrupt-<time>` and returns the new path. */
export function setAside(file: string, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  let target = `${file}.corrupt-${stamp}`;
  for (let n = 1; fs.existsSync(target); n++) target = `${file}.corrupt-${stamp}-${n}`;
  fs.renameSync(file, target);
  return target;
}
