// Several processes writing the same library at once (the app, web mode and CLI scripts do): three
// writer processes and this one add highlights, tags and articles to the same few articles for two
// seconds; afterwards every acknowledged write of every one of them is there.
import { describe, expect, it } from 'vitest';
import { LibraryStore } from '../../../src/main/library/store';
import { expectLibraryHolds, seedLibrary, startWriter, writerBundle, type Ack } from './writers';

describe('processes writing one library at the same time', () => {
  it('lose no update', { timeout: 60_000 }, async () => {
    writerBundle();
    const dir = seedLibrary(2);
    const writers = ['a', 'b', 'c'].map((name) => startWriter(dir, name));
    for (const w of writers) w.go();
    await Promise.all(writers.map((w) => w.ready));
    const store = LibraryStore.open({ dir });
    const mine: Ack[] = [];
    const until = Date.now() + 2000;
    for (let n = 0; Date.now() < until; n++) {
      const ids = store.metas().map((m) => m.id);
      const id = ids[n % ids.length]!;
      const tag = `main${n}`;
      store.updateAnnotations(id, (d) => void d.tags.push(tag));
      mine.push({ kind: 'tag', article: id, value: tag });
      await new Promise((r) => setImmediate(r));
    }
    for (const w of writers) w.child.kill('SIGKILL');
    await Promise.all(writers.map((w) => w.exited));
    for (const w of writers) expect(w.child.signalCode, w.stderr()).toBe('SIGKILL');
    const acks = [...mine, ...writers.flatMap((w) => w.acks())];
    for (const w of writers) expect(w.acks().length).toBeGreaterThan(5);
    expect(new Set(acks.map((a) => a.article)).size).toBeGreaterThan(2);
    expectLibraryHolds(dir, acks);
  });
});
