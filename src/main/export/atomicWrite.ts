// Writes files atomically: a temp file in the same folder, then a rename over the target, so a
// reader never sees half a file and a failure leaves the old file as it was. Nothing else.
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes `text` (UTF-8) to a new temp file beside `file` and returns its path; nothing is left
 * behind on failure. With `durable`, the data reaches the disk first (use it when the file holds
 * something that cannot be regenerated, such as the user's own notes).
 */
export async function writeTemp(file: string, text: string, durable: boolean): Promise<string> {
  // Short on purpose: the target's own name may already be near the file system's length limit.
  const tmp = path.join(path.dirname(file), `.margin-${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(tmp, 'wx');
    try {
      await handle.writeFile(text, 'utf8');
      if (durable) await handle.sync();
    } finally {
      await handle.close();
    }
    return tmp;
  } catch (err) {
    await discardTemp(tmp);
    throw err;
  }
}

/** Puts a temp file from `writeTemp` in place of `file` in one step; removes the temp file if that fails. */
export async function commitTemp(tmp: string, file: string): Promise<void> {
  try {
    await rename(tmp, file);
  } catch (err) {
    await discardTemp(tmp);
    throw err;
  }
}

/** Removes a temp file, ignoring one that is already gone. */
export async function discardTemp(tmp: string): Promise<void> {
  await rm(tmp, { force: true }).catch(() => undefined);
}

/** Writes `text` to `file` atomically (see `writeTemp`). */
export async function writeFileAtomic(file: string, text: string, durable = false): Promise<void> {
  await commitTemp(await writeTemp(file, text, durable), file);
}
