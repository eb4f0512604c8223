// A cross-process lock for one library folder, so the app, web mode and the CLI can write the same
// library without losing updates. A lock file created with O_EXCL holds the owner's pid; a lock
// whose owner is dead (or that is older than STALE_MS) is taken over.
import fs from 'node:fs';
import path from 'node:path';
import { MarginError } from '../../shared/api/result';

const STALE_MS = 10_000;
const WAIT_MS = 8_000;
const sleeper = new Int32Array(new SharedArrayBuffer(4));

function ownerAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

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
    this.depth = 1;
    try {
      return fn();
    } finally {
      this.depth = 0;
      this.release();
    }
  }

  /** Runs `fn` holding the lock if it is free now (or already ours); returns undefined when it is not. */
  tryHold<T>(fn: () => T): T | undefined {
    if (this.depth > 0) return this.hold(fn);
    if (!this.tryCreate() && !(this.breakIfStale() && this.tryCreate())) return undefined;
    this.depth = 1;
    try {
      return fn();
    } finally {
      this.depth = 0;
      this.release();
    }
  }

  private tryCreate(): boolean {
    try {
      const fd = fs.openSync(this.file, 'wx');
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      return true;
    } catch {
      return false;
    }
  }

  private acquire(): void {
    const deadline = Date.now() + WAIT_MS;
    for (let attempt = 0; ; attempt++) {
      try {
        const fd = fs.openSync(this.file, 'wx');
        fs.writeSync(fd, String(process.pid));
        fs.closeSync(fd);
        return;
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code !== 'EEXIST') throw new MarginError(code === 'ENOSPC' ? 'io' : 'read_only', `Cannot lock the library in ${path.dirname(this.file)} (${code}).`);
      }
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
      const old = Date.now() - stat.mtimeMs > STALE_MS;
      // A lock file still empty may be mid-creation by its owner: only break it when old.
      if ((Number.isNaN(pid) && old) || (!Number.isNaN(pid) && (!ownerAlive(pid) || old))) {
        fs.rmSync(this.file, { force: true });
        return true;
      }
    } catch {
      return true; // vanished between our attempts: retry at once
    }
    return false;
  }

  private release(): void {
    fs.rmSync(this.file, { force: true });
  }
}
