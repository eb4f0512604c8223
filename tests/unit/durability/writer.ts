// A writer process for the durability tests: opens the library and, until killed, adds highlights,
// article tags and articles through the store and renames tags it added (`<name>t<n>` →
// `<name>r<n>`, through the tag log), printing `ack <kind> <article> <value>` on stdout after each
// write returned (the store returns once the write is durable); a rename prints `ack rename FROM TO`.
// Not a test file.
// Usage: writer <library dir> <name> [day] — `day` moves the clock a day per round (daily backups);
// it starts writing when a line arrives on stdin.
import { LibraryStore } from '../../../src/main/library/store';
import { Tags } from '../../../src/main/services/tags';
import type { Highlight } from '../../../src/shared/types';

const [dir, name, dayArg] = process.argv.slice(2) as [string, string, string | undefined];
// Started ahead of time by the tests, it waits for a line on stdin before touching the library.
await new Promise<void>((resolve) => process.stdin.once('data', () => resolve()));
process.stdin.pause();
let tick = 0;
const base = Date.UTC(2026, 0, 1) + Number(dayArg ?? 0) * 86_400_000;
const store = LibraryStore.open({ dir, clock: () => new Date(base + tick++) });
const ack = (kind: string, article: string, value: string) => process.stdout.write(`ack ${kind} ${article} ${value}\n`);
const tags = new Tags(store);
/** Tags this process added and has not renamed yet. */
const added: string[] = [];
process.stdout.write('ready\n');

const highlight = (articleId: string, id: string): Highlight => ({
  id,
  articleId,
  color: 'yellow',
  note: `written by ${name}`,
  tags: [],
  createdAt: new Date(base).toISOString(),
  updatedAt: new Date(base).toISOString(),
  quote: { type: 'TextQuoteSelector', exact: 'Body', prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector', start: 0, end: 4 },
});

for (let n = 0; ; n++) {
  const ids = store.metas().map((a) => a.id);
  const id = ids[(n * 7) % ids.length]!;
  if (n % 9 === 8) {
    const { meta } = store.add({ title: `Article ${name}-${n}`, author: null, source: null, format: 'text', content: `Article ${name}-${n}\n\nBody ${name} ${n}.` });
    ack('article', meta.id, meta.title);
  } else if (n % 9 === 4 && added.length > 0) {
    const from = added.shift()!;
    const to = from.replace(/t(\d+)$/, 'r$1');
    tags.rename(from, to);
    ack('rename', from, to);
  } else if (n % 2 === 0) {
    const hid = `${name}h${n}`;
    store.updateAnnotations(id, (d) => void d.highlights.push(highlight(id, hid)));
    ack('highlight', id, hid);
  } else {
    const tag = `${name}t${n}`;
    store.updateAnnotations(id, (d) => void d.tags.push(tag));
    ack('tag', id, tag);
    added.push(tag);
  }
}
