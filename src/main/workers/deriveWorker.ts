// A derive worker thread: renders, extracts and caches articles sent by the pool (see
// derivePool.ts), so a folder import uses every core. Holds no library state; writes only the
// cache file it is told to.
import fsp from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import type { ArticleMeta } from '../../shared/types';
import { ioError, tempPathFor } from '../library/durableJsonFile';
import { deriveArticle } from '../render/deriveArticle';

export interface DeriveTask {
  seq: number;
  meta: ArticleMeta;
  content: string;
  /** The article's derived.json. */
  target: string;
}

/**
 * `derived`: the article is rendered and its cache is being written (the worker is free for the
 * next one); then `ok` once the cache is written, or the failure.
 */
export type DeriveReply = { seq: number; derived: true } | { seq: number; ok: true } | { seq: number; ok: false; message: string };

/**
 * Replaces `file` atomically without fsync, like writeFileAtomic, but off this thread: the worker
 * derives the next article while the disk takes this one (a busy disk no longer stalls it).
 */
async function writeCache(file: string, text: string): Promise<void> {
  const tmp = tempPathFor(file);
  try {
    await fsp.writeFile(tmp, text);
    await fsp.rename(tmp, file);
  } catch (err) {
    await fsp.rm(tmp, { force: true });
    throw ioError(err, file);
  }
}

const reply = (message: DeriveReply) => parentPort!.postMessage(message);

parentPort?.on('message', (task: DeriveTask) => {
  let text: string;
  try {
    text = JSON.stringify(deriveArticle(task.meta, task.content));
  } catch (err) {
    reply({ seq: task.seq, ok: false, message: (err as Error).message });
    return;
  }
  reply({ seq: task.seq, derived: true });
  writeCache(task.target, text).then(
    () => reply({ seq: task.seq, ok: true }),
    (err: Error) => reply({ seq: task.seq, ok: false, message: err.message }),
  );
});
