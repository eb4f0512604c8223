// A sample-like article for export tests: highlights in all five colours, notes full of Markdown
// specials, multi-paragraph quotes, nested tags, an orphan, statistics and a warning.
import type { ExportArticle } from '../../../src/shared/export/types';
import { HIGHLIGHT_COLORS, type Highlight, type HighlightColor } from '../../../src/shared/types';

export const ARTICLE_ID = 'aec4eee4ac3b9961';
export const FIXED_NOW = new Date('2025-03-01T12:00:00.000Z');

let counter = 0;

/** A highlight of the sample article with sensible defaults. */
export function highlight(partial: Partial<Highlight> & { exact: string }, articleId = ARTICLE_ID): Highlight {
  counter++;
  const id = partial.id ?? `${(0x1000 + counter).toString(16)}c0ffee${counter.toString(16).padStart(6, '0')}`;
  const { exact, ...rest } = partial;
  return {
    id,
    articleId,
    color: 'yellow',
    note: '',
    tags: [],
    createdAt: '2025-02-01T10:00:00.000Z',
    updatedAt: '2025-02-02T10:00:00.000Z',
    quote: { type: 'TextQuoteSelector', exact, prefix: 'before ', suffix: ' after' },
    position: { type: 'TextPositionSelector', start: counter * 10, end: counter * 10 + exact.length },
    ...rest,
  };
}

/** Notes that exercise every Markdown construct a careless export would break. */
export const HOSTILE_NOTES = [
  '*not emphasis* and _not either_ and **nor this**',
  '# not a heading\n## nor this',
  '> not a quote\n>> nested',
  '[not a link](http://example.com) and ![no image](x.png) and [[no wikilink]]',
  'inline `code` and ```fenced```\n```\nblock\n```',
  '| a | b |\n|---|---|\n| 1 | 2 |',
  '- not a list\n- item two\n* star\n+ plus',
  '1. not ordered\n2) neither',
  'raw <b>HTML</b> <script>alert(1)</script> &amp; &copy; &#65;',
  'back\\slash \\* and trailing backslash\\',
  '  leading spaces, trailing spaces  \n\ttab start',
  'para one\n\npara two\n\n\n\nafter four newlines\n',
  '\nstarts with a newline',
  '---\n===\n***\n___',
  '#tag-like text and ^caret and ==highlight== and %%comment%% and $math$ and ~~strike~~',
  'see https://example.com/a_b*c?x=1&y=2 and www.example.org.',
  'setext\n---',
  ':-- | --:\nx',
  '    four-space indented code',
  'line with two trailing spaces  \nnext line',
];

/** The sample article: every colour, hostile notes, multi-paragraph quotes, nested tags, an orphan. */
export function sampleArticle(): ExportArticle {
  const colors: HighlightColor[] = [...HIGHLIGHT_COLORS];
  const highlights: Highlight[] = [
    highlight({ exact: 'Russia has lost around 1,020,010 troops', color: 'yellow', tags: ['war/equipment', 'casualties'], note: HOSTILE_NOTES[0]! }),
    highlight({
      exact: 'The losses have been mounting steadily.\nThe situation on the ground remains tense.\n**Global Response**',
      color: 'green',
      tags: ['war/equipment/tanks', 'machine learning'],
      note: 'A multi-paragraph quote.\n\nWith a multi-paragraph note.',
    }),
    ...HOSTILE_NOTES.slice(1).map((note, i) =>
      highlight({ exact: `Quote ${i} with *stars* and # hash and | pipe`, color: colors[i % colors.length]!, note, tags: i % 3 === 0 ? ['notes/markdown'] : [] }),
    ),
    highlight({ exact: '- 1. > # a quote that starts like every block', color: 'purple', tags: ['edge'] }),
    highlight({ exact: '  spaced quote  \n\n  second after an empty block', color: 'pink', note: '' }),
  ];
  return {
    meta: {
      id: ARTICLE_ID,
      title: 'General Staff: Russia lost 1,020.010 troops in Ukraine between Feb. 24, 2020',
      author: 'AI',
      source: 'https://example.com/news/russia (losses)?a=1',
      siteName: 'Example',
      publishedAt: null,
      addedAt: '2025-01-15T08:30:00.000Z',
      format: 'text',
      hash: 'deadbeef',
      size: 2712,
      trashedAt: null,
      tags: ['war', 'news/europe', 'to read'],
      highlightCount: highlights.length,
    },
    highlights,
    orphanIds: [highlights[highlights.length - 1]!.id],
    extraction: {
      statistics: [
        { value: 1020010, text: '1,020,010', label: 'troops | lost', kind: 'count', approx: true, start: 0, end: 9, sentence: 's' },
        { value: 10980, text: '10,980', label: 'tanks', kind: 'count', approx: false, start: 10, end: 16, sentence: 's' },
      ],
      dates: [],
      warnings: [
        {
          kind: 'number',
          message: 'The title says 1,020.010 troops but the body says 1,020,010.',
          title: { text: '1,020.010', start: 0, end: 9 },
          body: { text: '1,020,010', start: 0, end: 9 },
        },
      ],
    },
  };
}

/** A small article with `n` plain highlights. */
export function plainArticle(id: string, title: string, n = 2): ExportArticle {
  const base = sampleArticle();
  const highlights = Array.from({ length: n }, (_, i) => highlight({ exact: `Passage ${i} of ${title}`, note: `Note ${i}`, tags: ['t'] }, id));
  return { meta: { ...base.meta, id, title, source: null, author: null, tags: [], highlightCount: n }, highlights };
}
