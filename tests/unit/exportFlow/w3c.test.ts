import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../support/tmp';
import { MARKS, call, sampleLibrary } from './library';

const placeOf = (h: { position: { start: number; end: number }; color: string; note: string; tags: string[]; quote: { exact: string } }) => ({
  start: h.position.start,
  end: h.position.end,
  exact: h.quote.exact,
  color: h.color,
  note: h.note,
  tags: h.tags,
});

describe('W3C export and import between two libraries', () => {
  it('recreates every highlight at the same place, with colour, note and tags, and skips what it cannot place', async () => {
    const from = await sampleLibrary();
    const lost = { ...from.highlights[0]!, id: 'orphan-1', quote: { ...from.highlights[0]!.quote, exact: 'words this article never had', prefix: '', suffix: '' } };
    from.s.highlights.restore(lost);
    const file = path.join(tempDir(), 'annotations.json');
    const exported = await call(from.s, 'export.run', { scope: {}, target: 'file', path: file, format: 'w3c' });
    expect(exported).toMatchObject({ written: [file], skipped: [] });
    const json = fs.readFileSync(file, 'utf8');
    expect(JSON.parse(json)).toMatchObject({ type: 'AnnotationCollection', total: MARKS.length + 1 });

    const to = await sampleLibrary({ marked: false });
    expect(to.sample.id).not.toBe(from.sample.id);
    const events: string[][] = [];
    to.s.events.subscribe((e) => e.type === 'library.changed' && events.push(e.articleIds));
    const imported = await call(to.s, 'annotations.importW3C', { json });
    expect(imported.imported).toBe(MARKS.length);
    expect(imported.skipped).toEqual([{ quote: 'words this article never had', reason: 'its text was not found in the article' }]);
    expect(events).toEqual([[to.sample.id]]);
    expect(to.s.highlights.list(to.sample.id).map(placeOf)).toEqual(from.s.highlights.list(from.sample.id).filter((h) => h.id !== 'orphan-1').map(placeOf));

    const again = await call(to.s, 'annotations.importW3C', { json });
    expect(again.imported).toBe(0);
    expect(again.skipped.filter((x) => x.reason === 'that passage is already highlighted')).toHaveLength(MARKS.length);
    expect(to.s.highlights.list(to.sample.id)).toHaveLength(MARKS.length);
  });

  it('says why an annotation for an unknown page is skipped, and refuses malformed JSON', async () => {
    const { s } = await sampleLibrary({ marked: false });
    const foreign = {
      type: 'Annotation',
      target: { source: 'https://example.org/elsewhere', selector: { type: 'TextQuoteSelector', exact: 'Russia has suffered' } },
    };
    const result = await call(s, 'annotations.importW3C', { json: JSON.stringify([foreign]) });
    expect(result).toEqual({ imported: 0, skipped: [{ quote: 'Russia has suffered', reason: 'no article in this library comes from https://example.org/elsewhere' }] });
    const bad = await s.dispatch('annotations.importW3C', { json: '{"type": "Annotation"' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad_input', message: /not valid JSON/ } });
  });

  it('refuses a file nested too deep to describe with a clear message, not a crash', async () => {
    const { s } = await sampleLibrary({ marked: false });
    const deep = 200_000;
    const json = `{"type":"Annotation","target":${'['.repeat(deep)}${']'.repeat(deep)}}`;
    const bad = await s.dispatch('annotations.importW3C', { json });
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad_input', message: /Not a usable W3C Web Annotation file/ } });
  });

  it('brings in many annotations of one article in one go, each passage once even when the file repeats it', async () => {
    const { s, sample } = await sampleLibrary({ marked: false });
    const text = s.views.derived(sample.id).text;
    const words = [...text.matchAll(/\b[A-Za-z]{5,}\b/g)].slice(0, 300);
    const annotation = (w: RegExpMatchArray, i: number) => ({
      type: 'Annotation',
      id: `margin://article/${sample.id}#highlight-h${i}`,
      body: [{ type: 'TextualBody', purpose: 'commenting', value: `note ${i}` }],
      target: { selector: [{ type: 'TextQuoteSelector', exact: w[0] }, { type: 'TextPositionSelector', start: w.index!, end: w.index! + w[0].length }] },
    });
    const items = [...words.map(annotation), annotation(words[0]!, 999)]; // the first passage twice
    const result = await call(s, 'annotations.importW3C', { json: JSON.stringify({ type: 'AnnotationCollection', items }) });
    expect(result.imported).toBe(words.length);
    expect(result.skipped).toEqual([{ quote: words[0]![0], reason: 'that passage is already highlighted' }]);
    const list = s.highlights.list(sample.id);
    expect(list).toHaveLength(words.length);
    expect(new Set(list.map((h) => h.note)).size).toBe(words.length);
  });

  it('writes W3C JSON into a folder under a fixed name', async () => {
    const { s } = await sampleLibrary();
    const dir = tempDir();
    const result = await call(s, 'export.run', { scope: {}, target: 'folder', path: dir, format: 'w3c' });
    expect(result.written).toEqual([path.join(dir, 'Margin annotations.json')]);
    const again = await call(s, 'export.run', { scope: {}, target: 'folder', path: dir, format: 'w3c' });
    expect(again.updated).toEqual(result.written);
  });
});
