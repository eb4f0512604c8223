// Rolling snapshots of the library's index files: before the first change of each day, library.json,
// tag-log.json and annotations/ are copied into backups/<date>/, keeping the last KEEP_DAILY days. The store calls
// this under the library lock; it never touches article bodies (they are written once, never changed).
import fs from 'node:fs';
import path from 'node:path';
import { MarginError } from '../../shared/api/result';
import { processAlive, statsStamp as stampOf, writeFileDurably } from './durableJsonFile';
import type { LibraryLayout } from './layout';

export const KEEP_DAILY = 7;

export interface SnapshotInfo {
  /** The folder name under backups/: `2026-01-31` for a daily snapshot. */
  name: string;
  createdAt: string;
  reason: 'daily' | 'before-restore';
  articles: number;
  annotationFiles: number;
}

interface Manifest extends SnapshotInfo {
  /** Per annotations file: the live file's stamp when copied, so an unchanged file is linked next time. */
  sources: Record<string, string>;
}

const MANIFEST = 'snapshot.json';
const PARTIAL = '.partial-';
const ANNOTATION_FILE = /^[A-Za-z0-9_-]+\.json$/;
const DAILY = /^\d{4}-\d{2}-\d{2}$/;


export class Backups {
  /** The day whose snapshot is known to exist, so most writes cost no stat. */
  private doneFor: string | null = null;

  constructor(
    private readonly layout: LibraryLayout,
    private readonly clock: () => Date,
    private readonly keep = KEEP_DAILY,
  ) {}

  /** Every complete snapshot, newest first. */
  list(): SnapshotInfo[] {
    let names: string[];
    try {
      names = fs.readdirSync(this.layout.backupsDir);
    } catch {
      return [];
    }
    const infos: SnapshotInfo[] = [];
    for (const name of names) {
      const m = this.manifest(name);
      if (m) infos.push({ name: m.name, createdAt: m.createdAt, reason: m.reason, articles: m.articles, annotationFiles: m.annotationFiles });
    }
    return infos.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.name < b.name ? 1 : -1));
  }

  /** Takes today's daily snapshot unless it exists; returns it (null when there is nothing to back up yet). */
  dailyIfDue(): SnapshotInfo | null {
    const day = this.clock().toISOString().slice(0, 10);
    if (this.doneFor === day) return null;
    const taken = fs.existsSync(path.join(this.layout.snapshotDir(day), MANIFEST)) ? null : this.take(day, 'daily');
    if (taken || fs.existsSync(this.layout.snapshotDir(day))) this.doneFor = day;
    if (taken) this.prune();
    return taken;
  }

  /** Snapshot of the library as it is now, kept before a restore replaces it. */
  beforeRestore(): SnapshotInfo | null {
    return this.take(`before-restore-${this.clock().toISOString().replace(/[:.]/g, '-')}`, 'before-restore');
  }

  /** Where a snapshot keeps a file (relative to the library folder), or null when it has none. */
  fileIn(name: string, rel: string): string | null {
    const file = path.join(this.layout.snapshotDir(name), rel);
    return this.manifest(name) && fs.existsSync(file) ? file : null;
  }

  /** The snapshot's annotations file names (`<id>.json`). */
  annotationFilesIn(name: string): string[] {
    try {
      return fs.readdirSync(path.join(this.layout.snapshotDir(name), 'annotations')).filter((f) => ANNOTATION_FILE.test(f));
    } catch {
      return [];
    }
  }

  /** The newest snapshot copy of `rel` that `parse` accepts (it throws on a bad copy). */
  newestGood<T>(rel: string, parse: (text: string) => T): { data: T; snapshot: SnapshotInfo } | null {
    for (const snapshot of this.list()) {
      const file = this.fileIn(snapshot.name, rel);
      if (!file) continue;
      try {
        return { data: parse(fs.readFileSync(file, 'utf8')), snapshot };
      } catch {
        // A damaged copy: try an older snapshot.
      }
    }
    return null;
  }

  /** Looks a snapshot up by name; throws not_found naming the ones there are. */
  require(name: string): SnapshotInfo {
    const found = this.list().find((s) => s.name === name);
    if (!found) {
      const names = this.list().map((s) => s.name);
      throw new MarginError('not_found', `No backup named "${name}". ${names.length ? `There are: ${names.join(', ')}.` : 'There are no backups yet.'}`);
    }
    return found;
  }

  private manifest(name: string): Manifest | null {
    if (name.startsWith('.')) return null;
    try {
      const m = JSON.parse(fs.readFileSync(path.join(this.layout.snapshotDir(name), MANIFEST), 'utf8')) as Manifest;
      return m.name === name && typeof m.createdAt === 'string' ? m : null;
    } catch {
      return null;
    }
  }

  /**
   * Copies library.json and every annotations file into backups/<name>/ through a partial folder
   * renamed at the end, so a snapshot is complete or absent. An annotations file unchanged since the
   * newest snapshot is hard-linked to that snapshot's copy (never to the live file).
   */
  private take(name: string, reason: SnapshotInfo['reason']): SnapshotInfo | null {
    const { layout } = this;
    const hasIndex = fs.existsSync(layout.index);
    if (!hasIndex && reason === 'daily') return null;
    try {
      fs.mkdirSync(layout.backupsDir);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    this.removeStalePartials();
    const previous = this.list()[0];
    const prevManifest = previous ? this.manifest(previous.name) : null;
    const staging = path.join(layout.backupsDir, `${PARTIAL}${name}-${process.pid}`);
    fs.rmSync(staging, { recursive: true, force: true });
    try {
      fs.mkdirSync(path.join(staging, 'annotations'), { recursive: true });
      if (hasIndex) fs.copyFileSync(layout.index, path.join(staging, 'library.json'));
      if (fs.existsSync(layout.tagLog)) fs.copyFileSync(layout.tagLog, path.join(staging, 'tag-log.json'));
      const sources: Record<string, string> = {};
      let files: string[] = [];
      try {
        files = fs.readdirSync(layout.annotationsDir).filter((f) => ANNOTATION_FILE.test(f));
      } catch {
        // No annotations yet.
      }
      for (const f of files) {
        const live = path.join(layout.annotationsDir, f);
        const target = path.join(staging, 'annotations', f);
        let st: fs.Stats;
        try {
          st = fs.statSync(live);
        } catch {
          continue;
        }
        const stamp = stampOf(st);
        if (!(prevManifest?.sources[f] === stamp && tryLink(path.join(layout.snapshotDir(prevManifest.name), 'annotations', f), target))) {
          fs.copyFileSync(live, target);
        }
        sources[f] = stamp;
      }
      let articles = 0;
      try {
        articles = (JSON.parse(fs.readFileSync(path.join(staging, 'library.json'), 'utf8')) as { articles?: unknown[] }).articles?.length ?? 0;
      } catch {
        // A damaged index is still kept as it was; the count is unknown.
      }
      const manifest: Manifest = { name, createdAt: this.clock().toISOString(), reason, articles, annotationFiles: files.length, sources };
      writeFileDurably(path.join(staging, MANIFEST), JSON.stringify(manifest));
      fs.renameSync(staging, layout.snapshotDir(name));
      const { sources: _sources, ...info } = manifest;
      return info;
    } catch (err) {
      fs.rmSync(staging, { recursive: true, force: true });
      throw err;
    }
  }

  /** Keeps the newest `keep` daily snapshots; restore snapshots are kept until removed by hand. */
  private prune(): void {
    const daily = this.list().filter((s) => s.reason === 'daily' && DAILY.test(s.name));
    for (const old of daily.slice(this.keep)) {
      // Renamed first (atomic), so a kill mid-delete leaves a partial that is cleaned up later,
      // never a half-deleted snapshot that looks like a day's backup.
      const doomed = path.join(this.layout.backupsDir, `.partial-prune-${old.name}-${process.pid}`);
      fs.renameSync(this.layout.snapshotDir(old.name), doomed);
      fs.rmSync(doomed, { recursive: true, force: true });
    }
  }

  /** Partial folders left by a process killed while it made a snapshot. */
  private removeStalePartials(): void {
    for (const name of fs.readdirSync(this.layout.backupsDir)) {
      const m = /^\.partial-.*-(\d+)$/.exec(name);
      if (m && !processAlive(Number(m[1]))) fs.rmSync(path.join(this.layout.backupsDir, name), { recursive: true, force: true });
    }
  }
}

function tryLink(from: string, to: string): boolean {
  try {
    fs.linkSync(from, to);
    return true;
  } catch {
    return false;
  }
}
