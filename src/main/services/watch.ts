// Watches a library folder so an open window shows what another process (the CLI, a second
// window) changed within a second. Events are coalesced; the store re-reads changed files itself.
import fs from 'node:fs';
import path from 'node:path';
import type { LibraryEvent } from '../../shared/api/methods';
import type { Services } from './services';

export function watchLibrary(services: Services, emit: (event: LibraryEvent) => void, delayMs = 150): () => void {
  const { layout } = services.store;
  const changed = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    timer = undefined;
    const ids = [...changed].filter((id) => id !== '*');
    const whole = changed.has('*');
    changed.clear();
    services.store.invalidate(ids);
    // The index or the tag log changed: every article may have (no ids means the whole library).
    emit({ type: 'library.changed', articleIds: whole ? [] : ids });
  };
  const note = (id: string) => {
    changed.add(id);
    timer ??= setTimeout(flush, delayMs);
  };
  const watchers: fs.FSWatcher[] = [];
  const tryWatch = (dir: string, onName: (name: string) => void) => {
    try {
      fs.mkdirSync(dir, { recursive: true });
      watchers.push(fs.watch(dir, (_e, name) => name && onName(name.toString())));
    } catch {
      // A read-only or vanished folder: nothing to watch.
    }
  };
  // The index, and the tag log (a rename from the CLI changes every article's tags, no file of theirs).
  const wholeLibrary = new Set([path.basename(layout.index), path.basename(layout.tagLog)]);
  tryWatch(layout.dir, (name) => {
    if (wholeLibrary.has(name)) note('*');
  });
  tryWatch(layout.annotationsDir, (name) => {
    const m = /^([A-Za-z0-9_-]+)\.json$/.exec(name);
    if (m) note(m[1]!);
  });
  return () => {
    if (timer) clearTimeout(timer);
    for (const w of watchers) w.close();
  };
}
