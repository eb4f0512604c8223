// The words the UI uses for import results: one line per result, and batch summaries that name
// duplicates and failures (with why) without repeating a file's name twice.
import { describe, expect, it } from 'vitest';
import type { ImportItemResult } from '../../../src/shared/api/contract';
import { describeResult, itemLabel, summarize } from '../../../src/renderer/import/summary';

const added = (name: string, title: string): ImportItemResult => ({ name, status: 'added', id: 'a1', title });
const dup = (name: string, title: string): ImportItemResult => ({ name, status: 'duplicate', id: 'a2', title, message: `Already in the library as "${title}".` });
const failed = (name: string, message: string): ImportItemResult => ({ name, status: 'failed', message });

describe('import result wording', () => {
  it.each([
    [added('/home/me/notes/grain.txt', 'Grain exports'), 'Imported "Grain exports".'],
    [dup('C:\\Users\\me\\grain copy.txt', 'Grain exports'), 'grain copy.txt: Already in the library as "Grain exports".'],
    [failed('/tmp/blob.txt', '"blob.txt" looks like a binary file, not text'), '"blob.txt" looks like a binary file, not text.'],
    [failed('https://example.com/gone', 'the server answered 404 Not Found'), 'Could not import https://example.com/gone: the server answered 404 Not Found.'],
    [failed('Pasted text', 'nothing to import: the pasted text is empty'), 'Could not import Pasted text: nothing to import: the pasted text is empty.'],
  ])('describes %j', (result, text) => {
    expect(describeResult(result)).toBe(text);
    expect(summarize([result])).toBe(text);
  });

  it('labels paths by their last part and web addresses whole', () => {
    expect(itemLabel('/a/b/c.md')).toBe('c.md');
    expect(itemLabel('sub/deeper/c.html')).toBe('c.html');
    expect(itemLabel('https://example.com/a/b')).toBe('https://example.com/a/b');
  });

  it('summarises a batch: counts, duplicates by name, failures with why, cancellation and emptiness', () => {
    const batch = [
      added('a.txt', 'A'),
      added('b.md', 'B'),
      dup('c.txt', 'A'),
      failed('d.txt', '"d.txt" is empty'),
      failed('e.html', '"e.html" has no readable text'),
      failed('f.txt', '"f.txt" is an image (PNG), not a text, Markdown or HTML document'),
    ];
    expect(summarize(batch)).toBe(
      'Imported 2 articles. 1 was already in the library: c.txt. 3 failed: "d.txt" is empty, "e.html" has no readable text and 1 more.',
    );
    expect(summarize([added('a.txt', 'A'), dup('b.txt', 'A'), dup('c.txt', 'A'), dup('d.txt', 'A'), dup('e.txt', 'A')])).toBe(
      'Imported 1 article. 4 were already in the library: b.txt, c.txt, d.txt and 1 more.',
    );
    expect(summarize([added('a.txt', 'A')], { cancelled: true, total: 300 })).toBe('Cancelled after 1 of 300 files; what was imported stays. Imported 1 article.');
    expect(summarize([], { empty: 'There are no .txt, .md or .html files in /x.' })).toBe('There are no .txt, .md or .html files in /x.');
    expect(summarize([dup('a.txt', 'A'), dup('b.txt', 'B')])).toBe('Nothing new was imported. 2 were already in the library: a.txt and b.txt.');
  });
});
