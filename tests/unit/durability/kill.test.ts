// Crash safety: a writer process adding highlights, tags and articles (and renaming tags) is killed with SIGKILL at
// random moments, 200 times over, and after every kill the library opens, every file parses, and
// every write the writer acknowledged before it died is there. Its clock moves a day every ten
// rounds, so daily backups are taken (and pruned) while writers are being killed too.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEEP_DAILY } from '../../../src/main/library/backups';
import { expectLibraryHolds, seedLibrary, startWriter, writerBundle, type Ack } from './writers';
import { mulberry32 as prng } from '../../../src/shared/random';

const ROUNDS = 200;


const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('a writer killed with SIGKILL at random moments', () => {
  it(`loses no acknowledged write over ${ROUNDS} kills`, { timeout: 240_000 }, async () => {
    const seed = Number(process.env.MARGIN_KILL_SEED ?? Date.now() % 100_000);
    const random = prng(seed);
    writerBundle();
    const dir = seedLibrary();
    const acked: Ack[] = [];
    let killedMidWrite = 0;
    // The clock moves a day every ten rounds: a tenth of the kills can land in a daily backup.
    const day = (round: number) => Math.floor(round / 10);
    let next = startWriter(dir, 'r0', day(0));
    for (let round = 0; round < ROUNDS; round++) {
      const writer = next;
      next = startWriter(dir, `r${round + 1}`, day(round + 1));
      writer.go();
      // Mostly while it writes; sometimes while it is still opening the library.
      if (random() < 0.85) {
        await Promise.race([writer.ready, writer.exited]);
        await sleep(Math.floor(random() * 120));
      } else await sleep(Math.floor(random() * 15));
      writer.child.kill('SIGKILL');
      await writer.exited;
      expect(writer.child.signalCode, `round ${round} (seed ${seed}) ended by itself: ${writer.stderr()}`).toBe('SIGKILL');
      const acks = writer.acks();
      acked.push(...acks);
      if (acks.length > 0) killedMidWrite++;
      try {
        expectLibraryHolds(dir, acked);
      } catch (err) {
        throw new Error(`round ${round} (MARGIN_KILL_SEED=${seed}): ${(err as Error).message}`);
      }
    }
    next.child.kill('SIGKILL');
    expect(acked.length).toBeGreaterThan(ROUNDS);
    expect(acked.filter((a) => a.kind === 'rename').length, 'tag renames acknowledged').toBeGreaterThan(10);
    expect(killedMidWrite).toBeGreaterThan(ROUNDS / 2);
    const daily = fs.readdirSync(path.join(dir, 'backups')).filter((n) => /^\d{4}-\d{2}-\d{2}$/.test(n));
    expect(daily.length).toBeLessThanOrEqual(KEEP_DAILY);
    for (const name of daily) {
      const copy = path.join(dir, 'backups', name, 'library.json');
      expect(() => JSON.parse(fs.readFileSync(copy, 'utf8')), `backup ${name}`).not.toThrow();
    }
  });
});
