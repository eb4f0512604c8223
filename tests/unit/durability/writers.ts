// Helpers of the durability tests: runs writer.ts as real child processes (bundled once with esbuild,
// so a start costs tens of milliseconds rather than tsx's half second) and checks a library against
// every write a writer acknowledged.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { expect } from 'vitest';
import { LibraryStore } from '../../../src/main/library/store';
import { bundleForNode } from '../../support/bundle';
import { tempDir } from '../../support/tmp';

export interface Ack {
  kind: 'article' | 'highlight' | 'tag' | 'rename';
  article: string;
  value: string;
}

export interface Writer {
  child: ChildProcess;
  /** Lets it open the library and start writing (it is started idle, so its start-up is not timed). */
  go(): void;
  /** Resolves when the writer has opened the library. */
  ready: Promise<void>;
  /** Resolves when it exited; its acknowledged writes are then in `acks()`. */
  exited: Promise<void>;
  acks(): Ack[];
  stderr(): string;
}

let bundle: string | undefined;

/** writer.ts and everything it imports, as one ES module in a temp folder. */
export function writerBundle(): string {
  if (bundle) return bundle;
  bundle = bundleForNode(path.join(import.meta.dirname, 'writer.ts'), path.join(tempDir('margin-writer-'), 'writer.mjs'));
  return bundle;
}

/** Starts a writer on `dir`; `day` moves its clock forward that many days. */
export function startWriter(dir: string, name: string, day = 0): Writer {
  const child = spawn(process.execPath, [writerBundle(), dir, name, String(day)], { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  let onReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  child.stdout!.on('data', (d: Buffer) => {
    out += d.toString();
    if (out.startsWith('ready\n')) onReady();
  });
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
  return {
    child,
    go: () => child.stdin!.write('go\n'),
    ready,
    exited,
    acks: () =>
      out
        .split('\n')
        .filter((l) => l.startsWith('ack '))
        .map((l) => {
          const [, kind, article, ...rest] = l.split(' ');
          return { kind: kind as Ack['kind'], article: article!, value: rest.join(' ') };
        }),
    stderr: () => err,
  };
}

/** A library with a few articles for writers to work on. */
export function seedLibrary(articles = 3): string {
  const dir = tempDir('margin-durable-');
  const store = LibraryStore.open({ dir });
  for (let i = 0; i < articles; i++) store.add({ title: `Seed ${i}`, author: null, source: null, format: 'text', content: `Seed ${i}\n\nBody of seed ${i}.` });
  return dir;
}

/** A writer's tag after its rename (writer.ts renames `<name>t<n>` to `<name>r<n>`). */
const renamedForm = (tag: string) => tag.replace(/t(\d+)$/, 'r$1');

/**
 * Opens the library as a new process would and checks it: nothing reported damaged, every
 * acknowledged write present (a tag under its new name once its rename was acknowledged, under
 * either name while a rename may have been cut short), and each list row's counts equal to what a
 * fresh reading of its annotations file (with the tag log applied) gives.
 */
export function expectLibraryHolds(dir: string, acks: Ack[]): void {
  const store = LibraryStore.open({ dir });
  const renamed = new Map(acks.filter((a) => a.kind === 'rename').map((a) => [a.article, a.value]));
  expect(store.notices.filter((n) => /damaged|missing/.test(n))).toEqual([]);
  const metas = new Map(store.metas().map((a) => [a.id, a]));
  for (const a of acks) {
    if (a.kind === 'article') {
      expect(metas.get(a.article)?.title, `acknowledged article ${a.value}`).toBe(a.value);
      expect(store.content(a.article)).toContain('Body');
      continue;
    }
    if (a.kind === 'rename') continue;
    const ann = store.annotationsOf(a.article);
    if (a.kind === 'highlight') expect(ann.highlights.map((h) => h.id), `acknowledged highlight ${a.value}`).toContain(a.value);
    else if (renamed.has(a.value)) expect(ann.tags, `acknowledged tag ${a.value}, renamed`).toContain(renamed.get(a.value));
    else expect(ann.tags.filter((t) => t === a.value || t === renamedForm(a.value)), `acknowledged tag ${a.value}`).toHaveLength(1);
  }
  const files = LibraryStore.open({ dir });
  for (const row of store.summaries()) {
    const ann = files.annotationsOf(row.id);
    expect({ id: row.id, count: row.highlightCount, tags: row.tags }).toEqual({ id: row.id, count: ann.highlights.length, tags: ann.tags });
  }
}
