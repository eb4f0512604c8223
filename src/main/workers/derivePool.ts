// A small pool of derive workers (deriveWorker.ts): a folder import hands each new article to the
// least busy worker and goes on parsing the next files. Workers start on first use and stop after
// a quiet spell; they never keep the process alive. A worker that dies fails only its own tasks.
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ArticleMeta } from '../../shared/types';
import type { DeriveReply, DeriveTask } from './deriveWorker';
import { sourceBundle } from './sourceBundle';

export interface DerivePoolOptions {
  /** The built worker script (the Electron bundle). Without it, running from source (tsx, tests), deriveWorker.ts is bundled on first use (sourceBundle.ts). */
  script?: string;
  /** Worker threads (default: one per core, at most 4). */
  size?: number;
  /** Workers stop after this long with nothing to do (default 10 s). */
  idleMs?: number;
}

/**
 * Tasks handed to one worker at a time: enough to keep it busy while the main thread is blocked
 * writing the library index (tens of milliseconds, more on a busy disk; a task is about 4 ms of
 * rendering), few enough that the renderings a cancel cannot drop take well under a second.
 */
const PER_WORKER = 16;

/** tsx's own flags (`--require …/tsx/…`, `--import …/tsx/…`), which a worker would otherwise inherit. */
export function withoutTsxFlags(argv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
    if ((flag === '--require' || flag === '-r' || flag === '--import' || flag === '--loader' || flag === '--experimental-loader') && /(^|[\\/])tsx([\\/]|$)/.test(inline ?? argv[i + 1] ?? '')) {
      if (inline === undefined) i++;
      continue;
    }
    kept.push(arg);
  }
  return kept;
}

interface Slot {
  worker: Worker;
  pending: Map<number, { resolve: () => void; reject: (err: Error) => void }>;
}

export class DerivePool {
  private readonly slots: Slot[] = [];
  private readonly queue: Array<{ task: DeriveTask; resolve: () => void; reject: (err: Error) => void; signal?: AbortSignal }> = [];
  private seq = 0;
  private idleTimer: NodeJS.Timeout | undefined;
  private readonly size: number;
  private readonly idleMs: number;

  /**
   * Ways to start a worker, best first; null until `prepare` found them (the first task asks). A
   * worker that dies before its first answer moves the pool on to the next way (bundle, then tsx).
   */
  private spawners: Array<() => Worker> | null = null;
  private preparing: Promise<void> | null = null;

  private constructor(
    private readonly prepare: () => Promise<Array<() => Worker>>,
    options: DerivePoolOptions,
  ) {
    this.size = Math.max(1, options.size ?? Math.min(4, os.availableParallelism()));
    this.idleMs = options.idleMs ?? 10_000;
  }

  /**
   * A pool, or null where no worker can be started (a bundle that was not given its worker script).
   * From source, the worker runs as a plain-JavaScript bundle of deriveWorker.ts built on first use
   * (sourceBundle.ts), or through tsx when that cannot be built.
   */
  static create(options: DerivePoolOptions = {}): DerivePool | null {
    if (options.script) {
      const script = options.script;
      return new DerivePool(async () => [() => new Worker(script)], options);
    }
    if (!import.meta.url.endsWith('.ts')) return null;
    const entry = new URL('./deriveWorker.ts', import.meta.url);
    const viaTsx = () => new Worker(new URL('./tsxBoot.mjs', import.meta.url), { workerData: { entry: entry.href } });
    return new DerivePool(async () => {
      const bundle = await sourceBundle(fileURLToPath(entry));
      // The bundle is plain JavaScript: the worker needs no tsx loader (which would slow jsdom down).
      return bundle ? [() => new Worker(bundle, { execArgv: withoutTsxFlags(process.execArgv) }), viaTsx] : [viaTsx];
    }, options);
  }

  /**
   * Renders and extracts the article on a worker, which writes `target`; resolves once it is
   * written. Tasks wait here until a worker has room (PER_WORKER each); one still waiting when
   * `signal` aborts (a cancelled import) is dropped and resolves at once: the article is rendered
   * when it is first opened instead.
   */
  derive(meta: ArticleMeta, content: string, target: string, signal?: AbortSignal): Promise<void> {
    clearTimeout(this.idleTimer);
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ task: { seq: ++this.seq, meta, content, target }, resolve, reject, signal });
      this.dispatch();
    });
  }

  /** Hands waiting tasks to workers with room, dropping those whose import was cancelled. */
  private dispatch(): void {
    if (!this.spawners) {
      if (this.queue.length === 0) return;
      this.preparing ??= this.prepare().then(
        (spawners) => {
          this.spawners = spawners;
          this.dispatch();
        },
        (err: Error) => {
          this.preparing = null;
          for (const waiting of this.queue.splice(0)) waiting.reject(err);
        },
      );
      return;
    }
    while (this.queue.length > 0) {
      const next = this.queue[0]!;
      if (next.signal?.aborted) {
        this.queue.shift();
        next.resolve();
        continue;
      }
      const slot = this.pick();
      if (slot.pending.size >= PER_WORKER) return;
      this.queue.shift();
      slot.pending.set(next.task.seq, { resolve: next.resolve, reject: next.reject });
      slot.worker.ref();
      slot.worker.postMessage(next.task);
    }
    this.scheduleIdle();
  }

  /** Stops every worker; tasks still running fail. */
  async close(): Promise<void> {
    clearTimeout(this.idleTimer);
    // The next task looks for the script again (from source: the bundle is rebuilt if sources changed).
    this.spawners = null;
    this.preparing = null;
    for (const waiting of this.queue.splice(0)) waiting.reject(new Error('The derive workers stopped.'));
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private pick(): Slot {
    if (this.slots.length < this.size && this.slots.every((s) => s.pending.size > 0)) return this.start();
    if (this.slots.length === 0) return this.start();
    return this.slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
  }

  private start(): Slot {
    const spawners = this.spawners!;
    const slot: Slot = { worker: spawners[0]!(), pending: new Map() };
    let answered = false;
    let failed = false;
    const fail = (err: Error) => {
      if (failed) return; // 'error' is followed by 'exit'
      failed = true;
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots.splice(i, 1);
      if (!answered && spawners.length > 1 && this.spawners === spawners) spawners.shift();
      for (const p of slot.pending.values()) p.reject(err);
      slot.pending.clear();
      this.dispatch(); // what still waits goes to the other workers, or a new one
    };
    slot.worker.on('message', (reply: DeriveReply) => {
      answered = true;
      const p = slot.pending.get(reply.seq);
      if (!p) return;
      slot.pending.delete(reply.seq);
      if (reply.ok) p.resolve();
      else p.reject(new Error(reply.message));
      if (slot.pending.size === 0) slot.worker.unref();
      this.dispatch();
    });
    slot.worker.on('error', fail);
    slot.worker.on('exit', (code) => fail(new Error(`A derive worker stopped (exit code ${code}).`)));
    this.slots.push(slot);
    return slot;
  }

  private scheduleIdle(): void {
    if (this.queue.length > 0 || this.slots.some((s) => s.pending.size > 0)) return;
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => void this.close(), this.idleMs);
    this.idleTimer.unref();
  }
}
