import { describe, expect, it } from 'vitest';
import { MarginError } from '../../../src/shared/api/result';
import { toW3C } from '../../../src/shared/export/w3c';
import { fromW3C } from '../../../src/shared/export/w3cImport';
import { ARTICLE_ID, plainArticle, sampleArticle } from './fixtures';

describe('W3C Web Annotation export', () => {
  const article = sampleArticle();
  const collection = toW3C([article, plainArticle('other', 'Other', 2)]);

  it('is an AnnotationCollection of highlighting annotations with quote and position selectors', () => {
    expect(collection['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection).toMatchObject({ type: 'AnnotationCollection', total: article.highlights.length + 2 });
    const first = collection.first.items[0]!;
    const h = article.highlights[0]!;
    expect(first).toEqual({
      id: `margin://article/${ARTICLE_ID}#highlight-${h.id}`,
      type: 'Annotation',
      motivation: 'highlighting',
      created: h.createdAt,
      modified: h.updatedAt,
      body: [
        { type: 'TextualBody', value: h.note, format: 'text/plain', purpose: 'commenting' },
        { type: 'TextualBody', value: 'war/equipment', purpose: 'tagging' },
        { type: 'TextualBody', value: 'casualties', purpose: 'tagging' },
      ],
      target: {
        source: article.meta.source,
        selector: [
          { type: 'TextQuoteSelector', exact: h.quote.exact, prefix: h.quote.prefix, suffix: h.quote.suffix },
          { type: 'TextPositionSelector', start: h.position.start, end: h.position.end },
        ],
      },
      'margin:color': 'yellow',
    });
    expect(collection.first.items.at(-1)!.target.source).toBe('margin://article/other');
  });

  it('round-trips every highlight through JSON text: quote, position, colour, note and exact tags', () => {
    const back = fromW3C(JSON.stringify(collection));
    const expected = [article, plainArticle('other', 'Other', 2)].flatMap((a) => a.highlights);
    expect(back).toHaveLength(expected.length);
    back.slice(0, article.highlights.length).forEach((b, i) => {
      const h = article.highlights[i]!;
      expect(b).toEqual({
        id: h.id,
        articleId: ARTICLE_ID,
        source: article.meta.source,
        quote: h.quote,
        position: h.position,
        color: h.color,
        note: h.note,
        tags: h.tags,
        created: h.createdAt,
        modified: h.updatedAt,
      });
    });
  });
});

describe('W3C Web Annotation import', () => {
  const minimal = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'Annotation',
    bodyValue: 'A note from another tool',
    target: { source: 'https://example.com/page', selector: { type: 'TextQuoteSelector', exact: 'quoted words' } },
  };

  it('accepts a single foreign annotation with bodyValue, defaulting the colour', () => {
    expect(fromW3C(minimal)).toEqual([
      {
        source: 'https://example.com/page',
        quote: { type: 'TextQuoteSelector', exact: 'quoted words', prefix: '', suffix: '' },
        color: 'yellow',
        note: 'A note from another tool',
        tags: [],
      },
    ]);
  });

  it('accepts a page, a bare list, array types, several targets and unknown selectors', () => {
    const annotation = {
      type: ['Annotation'],
      body: ['https://example.com/some-resource', { type: 'TextualBody', value: 'tag-a', purpose: ['tagging'] }],
      target: [
        'https://example.com/no-selector',
        {
          source: 'https://example.com/b',
          selector: [{ type: 'CssSelector', value: 'p' }, { type: 'TextPositionSelector', start: 3, end: 9 }, { type: 'TextQuoteSelector', exact: 'second' }],
        },
      ],
      'margin:color': 'green',
    };
    const page = fromW3C({ type: 'AnnotationPage', items: [annotation] });
    expect(page).toEqual(fromW3C([annotation]));
    expect(page[0]).toMatchObject({
      source: 'https://example.com/b',
      quote: { exact: 'second' },
      position: { start: 3, end: 9 },
      color: 'green',
      tags: ['tag-a'],
      note: '',
    });
  });

  it.each([
    ['text that is not JSON', '{"type": "Annotation", ', /not valid JSON/],
    ['a number', 42, /expected an object or a list/],
    ['an annotation without target', { type: 'Annotation' }, /annotation 1: target: missing/],
    ['a target without a quote', { type: 'Annotation', target: 'https://example.com' }, /annotation 1 has no TextQuoteSelector/],
    ['an empty quote', { type: 'Annotation', target: { selector: { type: 'TextQuoteSelector', exact: '' } } }, /quoted text is empty/],
    ['a negative position', { ...minimal, target: { selector: [{ type: 'TextQuoteSelector', exact: 'x' }, { type: 'TextPositionSelector', start: -1, end: 2 }] } }, /TextPositionSelector: start/],
    ['a position ending before it starts', { ...minimal, target: { selector: [{ type: 'TextQuoteSelector', exact: 'x' }, { type: 'TextPositionSelector', start: 5, end: 2 }] } }, /end comes before start/],
    ['an unknown colour', { ...minimal, 'margin:color': 'orange' }, /margin:color/],
    ['something that is not an annotation', [{ type: 'Note', target: 'x' }], /annotation 1: type: unexpected value "Note"/],
    ['a collection whose first page is a link', { type: 'AnnotationCollection', first: 'https://example.com/page1' }, /separate pages/],
    ['a note that is not text', { ...minimal, bodyValue: 3 }, /bodyValue/],
  ])('refuses %s with a clear message', (_label, input, message) => {
    expect(() => fromW3C(input)).toThrow(MarginError);
    expect(() => fromW3C(input)).toThrow(message);
  });

  it('names the annotation that is wrong in a long file', () => {
    const good = toW3C([sampleArticle()]);
    const broken = structuredClone(good);
    delete (broken.first.items[3] as { target?: unknown }).target;
    expect(() => fromW3C(broken)).toThrow(/annotation 4 \(margin:\/\/article\/[^)]+\): target/);
  });
});
