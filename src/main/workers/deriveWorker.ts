// A derive worker thread: renders, extracts and caches articles sent by the pool (see
// derivePool.ts), so a folder import uses every core. Holds no library state; writes only the
// cache file it is told to.
import { parentPort } from 'node:worker_threads';
import type { ArticleMeta } from '../../shared/types';
import { writeFileAtomic } from '../library/durableJsonFile';
import { deriveArticle } from '../render/deriveArticle';

export interface DeriveTask {
  seq: number;
  meta: ArticleMeta;
  content: string;
  /** The article's derived.json. */
  target: string;
}

export type DeriveReply = { seq: number; ok: true } | { seq: number; ok: false; message: string };

parentPort?.on('message', (task: DeriveTask) => {
  let reply: DeriveReply;
  try {
    writeFileAtomic(task.target, JSON.stringify(deriveArticle(task.meta, task.content)));
    reply = { seq: task.seq, ok: true };
  } catch (err) {
    reply = { seq: task.seq, ok: false, message: (err as Error).message };
  }
  parentPort!.postMessage(reply);
});
