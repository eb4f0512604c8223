// Folder imports as jobs: lists the folder, parses its files one at a time and stores them in
// batches through the Importer, reports throttled progress on the event bus and stops when cancelled.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { ImportItemResult, ImportSummary } from '../../shared/api/contract';
import { MarginError } from '../../shared/api/result';
import { listImportable, readFailure, type ImportItem } from '../import';
import type { EventBus } from './events';
import { resolveUserPath, type Importer } from './importer';

export interface ImportJobsOptions {
  /** Least time between two progress events of one job (default 100 ms: about ten a second). */
  progressIntervalMs?: number;
  /** Milliseconds clock for the throttle. */
  now?: () => number;
}

/** Files stored together in one index write, unless BATCH_MS passed first (so progress keeps moving). */
const BATCH_FILES = 100;
const BATCH_MS = 250;
/** The first batch is small: its articles start the derive workers, which take a while to load. */
const FIRST_BATCH_FILES = 8;
/**
 * Articles whose rendering may be queued on the workers before parsing waits for them: about a
 * second of rendering on two cores, so the workers ride out a batch that is slow to store; and
 * at most so many characters of their bodies (a folder of big HTML pages).
 */
const MAX_DERIVING = 500;
const MAX_DERIVING_CHARS = 32 * 1024 * 1024;

/** Called after each file of a folder job, with its full path. */
export type OnFolderItem = (result: ImportItemResult, progress: { done: number; total: number; file: string }) => void;

/** A folder inside the import that could not be listed, and why. */
interface Unreadable {
  dir: string;
  err: unknown;
}

/** Lists the importable files under `dir` (a file given as `dir` is a folder of one), and the folders it could not list. */
async function filesOf(dir: string, signal: AbortSignal): Promise<{ files: string[]; unreadable: Unreadable[] }> {
  let stat;
  try {
    stat = await fs.stat(dir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new MarginError('not_found', `There is no folder "${dir}".`);
    throw new MarginError('io', `The folder "${dir}" cannot be read (${code ?? (err as Error).message}).`);
  }
  if (stat.isFile()) return { files: [dir], unreadable: [] };
  if (!stat.isDirectory()) throw new MarginError('bad_input', `"${dir}" is not a folder.`);
  const files: string[] = [];
  const unreadable: Unreadable[] = [];
  for await (const file of listImportable(dir, { signal, onUnreadable: (d, err) => unreadable.push({ dir: d, err }) })) files.push(file);
  return { files, unreadable };
}

export class ImportJobs {
  private readonly running = new Map<string, AbortController>();
  private readonly interval: number;
  private readonly now: () => number;

  constructor(
    private readonly importer: Importer,
    private readonly events: EventBus,
    options: ImportJobsOptions = {},
  ) {
    this.interval = options.progressIntervalMs ?? 100;
    this.now = options.now ?? (() => performance.now());
  }

  /** True while the job runs. */
  isRunning(jobId: string): boolean {
    return this.running.has(jobId);
  }

  /** Asks a running job to stop after the file it is on; false when no such job runs. */
  cancel(jobId: string): boolean {
    const job = this.running.get(jobId);
    if (!job) return false;
    job.abort();
    return true;
  }

  /**
   * Imports every .txt/.md/.html file under `folder` (recursively, `~` allowed). Results name files
   * by their path inside the folder. A cancelled job keeps what it imported and says `cancelled`.
   */
  async folder(folder: string, jobId: string, onItem?: OnFolderItem): Promise<ImportSummary> {
    if (this.running.has(jobId)) throw new MarginError('conflict', `An import with id ${jobId} is already running.`);
    const controller = new AbortController();
    this.running.set(jobId, controller);
    try {
      const root = resolveUserPath(folder);
      const { files, unreadable } = await filesOf(root, controller.signal);
      return await this.importAll(root, files, unreadable, jobId, controller.signal, onItem);
    } finally {
      this.running.delete(jobId);
    }
  }

  private async importAll(root: string, files: string[], unreadable: Unreadable[], jobId: string, signal: AbortSignal, onItem?: OnFolderItem): Promise<ImportSummary> {
    const total = files.length + unreadable.length;
    // A folder that could not be listed is an item of its own: the person learns what was left out.
    const results: ImportItemResult[] = unreadable.map(({ dir, err }) => {
      const name = path.relative(root, dir) || path.basename(dir);
      return { name, status: 'failed', message: `The folder ${readFailure(name, err)}` };
    });
    results.forEach((r, i) => onItem?.(r, { done: i + 1, total, file: unreadable[i]!.dir }));
    let last = -Infinity;
    const progress = (done: number, item: string | undefined, force: boolean) => {
      const at = this.now();
      if (!force && at - last < this.interval) return;
      last = at;
      this.events.emit({ type: 'progress', jobId, task: 'import', done, total, item });
    };
    progress(results.length, undefined, true);
    // Parsed files are stored in batches (one index write each) while the next batch is parsed,
    // one batch stored at a time; their rendering and statistics run on worker threads meanwhile,
    // at most MAX_DERIVING (and MAX_DERIVING_CHARS) at a time.
    let batch: Array<{ name: string; file: string; item: ImportItem }> = [];
    let batchSince = this.now();
    const deriving = new Map<Promise<void>, number>();
    let derivingChars = 0;
    const store = async (taken: typeof batch) => {
      if (taken.length === 0) return;
      const accepted = await this.importer.acceptMany(taken.map((t) => t.item), { signal });
      accepted.forEach(({ result, derived }, i) => {
        const r = { ...result, name: taken[i]!.name };
        results.push(r);
        onItem?.(r, { done: results.length, total, file: taken[i]!.file });
        progress(results.length, r.name, results.length === total);
        const item = taken[i]!.item;
        const chars = item.ok ? item.doc.content.length : 0;
        deriving.set(derived, chars);
        derivingChars += chars;
        void derived.then(() => {
          deriving.delete(derived);
          derivingChars -= chars;
        });
      });
      while ((deriving.size > MAX_DERIVING || derivingChars > MAX_DERIVING_CHARS) && !signal.aborted) await Promise.race(deriving.keys());
    };
    let storing: Promise<void> = Promise.resolve();
    let flushes = 0;
    let failure: { error: unknown } | null = null;
    /** Waits for the batch being stored, then starts storing the one parsed meanwhile. */
    const flush = async () => {
      await storing;
      if (failure) throw failure.error;
      const taken = batch;
      batch = [];
      batchSince = this.now();
      flushes++;
      storing = store(taken).catch((error: unknown) => {
        failure = { error };
      });
    };
    for (const file of files) {
      if (signal.aborted) break;
      batch.push({ name: path.relative(root, file) || path.basename(file), file, item: await this.importer.parseFile(file) });
      if (batch.length >= (flushes === 0 ? FIRST_BATCH_FILES : BATCH_FILES) || this.now() - batchSince >= BATCH_MS) await flush();
    }
    await flush();
    await storing;
    if (failure) throw (failure as { error: unknown }).error;
    // A finished job has every article rendered and its statistics cached; a cancelled one returns
    // at once and leaves the renderings still queued to finish on their own (or on first open).
    if (!signal.aborted) await Promise.all(deriving.keys());
    // Cancelled while listing, or before the last file: what was imported stays.
    const cancelled = signal.aborted && !(total > 0 && results.length === total);
    if (cancelled) progress(results.length, undefined, true);
    return { jobId, results, cancelled };
  }
}
