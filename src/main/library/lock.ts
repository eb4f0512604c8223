// A cross-process lock for one library folder, so the app, web mode and the CLI can write the same
// library without losing updates. The lock file holds the owner's pid; a lock whose owner is dead
// (or, left empty, older than STALE_MS) is taken over.
import fs from 'node:fs';
import path from 'node:path';
import { MarginError } from '../../shared/api/result';
import { ioError, processAlive } from './durableJsonFile';

const STALE_MS = 10_000;
const REUSED_PID_MS = 10 * 60_000;
const WAIT_MS = 8_000;
const sleeper = new Int32Array(new SharedArrayBuffer(4));

export class LibraryLock {
  private depth = 0;
  readonly file: string;

  constructor(dir: string) {
    this.file = path.join(dir, '.margin.lock');
  }

  /** Runs `fn` holding the lock (re-entrant within this process). */
  hold<T>(fn: () => T): T {
    if (this.depth > 0) {
      this.depth++;
      try {
        return fn();
      } finally {
        this.depth--;
      }
    }
    this.acquire();
    return this.runHeld(fn);
  }

  /** Runs `fn` holding the lock if it is free now (or already ours); returns undefined when it is not. */
  tryHold<T>(fn: () => T): T | undefined {
    if (this.depth > 0) return this.hold(fn);
    if (!this.tryCreate() && !(this.breakIfStale() && this.tryCreate())) return undefined;
    return this.runHeld(fn);
  }

  /** Runs `fn` with the lock just taken, and releases it afterwards. */
  private runHeld<T>(fn: () => T): T {
    this.depth = 1;
    try {
      return fn();
    } finally {
      this.depth = 0;
      this.release();
    }
  }

  /**
   * Creates the lock file already holding our pid (written to a file of our own, then hard-linked
   * into place, so a process killed half-way never leaves an empty lock). False when it exists;
   * throws, leaving nothing, on other errors. Where hard links are not supported, O_EXCL is used.
   */
  private create(): boolean {
    const own = `${this.file}.${process.pid}`;
    try {
      fs.writeFileSync(own, String(process.pid));
    } catch (err) {
      fs.rmSync(own, { force: true });
      throw ioError(err, this.file);
    }
    try {
      fs.linkSync(own, this.file);
      return true;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return false;
      if (code === 'EPERM' || code === 'ENOTSUP' || code === 'ENOSYS') return this.createExclusive();
      throw ioError(err, this.file);
    } finally {
      fs.rmSync(own, { force: true });
    }
  }

  private createExclusive(): boolean {
    let fd: number;
    try {
      fd = fs.openSync(this.file, 'wx');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw ioError(err, this.file);
    }
    try {
      fs.writeSync(fd, String(process.pid));
    } catch (err) {
      fs.closeSync(fd);
      fs.rmSync(this.file, { force: true });
      throw ioError(err, this.file);
    }
    fs.closeSync(fd);
    return true;
  }

  private tryCreate(): boolean {
    try {
      return this.create();
    } catch {
      return false;
    }
  }

  private acquire(): void {
    const deadline = Date.now() + WAIT_MS;
    for (let attempt = 0; ; attempt++) {
      if (this.create()) return;
      if (this.breakIfStale()) continue;
      if (Date.now() > deadline) {
        throw new MarginError('conflict', 'Another Margin process is holding the library lock; try again in a moment.');
      }
      Atomics.wait(sleeper, 0, 0, Math.min(1 + attempt, 10));
    }
  }

  private breakIfStale(): boolean {
    try {
      const stat = fs.statSync(this.file);
      const pid = Number.parseInt(fs.readFileSync(this.file, 'utf8'), 10);
      const age = Date.now() - stat.mtimeMs;
      // A lock file still empty may be mid-creation by its owner: only break it when old. A live
      // owner may hold the lock through a long change (a tag renamed in 10,000 files); only a pid
      // reused by an unrelated process could keep it that long.
      if (Number.isNaN(pid) ? age > STALE_MS : !processAlive(pid) || age > REUSED_PID_MS) {
        fs.rmSync(this.file, { force: true });
        return true;
      }
    } catch {
      return true; // vanished between our attempts: retry at once
    }
    return false;
  }

  /** Removes the pid files of processes killed between writing theirs and linking it. */
  sweep(): void {
    const dir = path.dirname(this.file);
    const base = path.basename(this.file);
    try {
      for (const name of fs.readdirSync(dir)) {
        const pid = name.startsWith(`${base}.`) ? Number(name.slice(base.length + 1)) : NaN;
        if (Number.isInteger(pid) && !processAlive(pid)) fs.rmSync(path.join(dir, name), { force: true });
      }
    } catch {
      // Housekeeping only.
    }
  }

  private release(): void {
    fs.rmSync(this.file, { force: true });
  }
}
