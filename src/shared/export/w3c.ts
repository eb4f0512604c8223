// Writes highlights as W3C Web Annotation JSON (an AnnotationCollection): TextQuote and TextPosition
// selectors, notes and tags as TextualBody, colour as a Margin extension. Pure: builds plain data.
import type { Highlight, HighlightColor, TextPositionSelector, TextQuoteSelector } from '../types';
import { articleLink, highlightLink } from './links';
import type { ExportArticle } from './types';

/** The W3C Web Annotation JSON-LD context. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Prefix of Margin's own fields (`margin:color`), declared in the collection's context. */
export const MARGIN_VOCAB = 'margin://ns/';
/** Margin's extension field holding a highlight's colour. */
export const COLOR_FIELD = 'margin:color';

/** A note (purpose 'commenting') or a tag (purpose 'tagging'). */
export interface W3CTextualBody {
  type: 'TextualBody';
  value: string;
  purpose: 'commenting' | 'tagging';
  format?: 'text/plain';
}

/** One highlight as a W3C annotation; its id is the highlight's Margin deep link. */
export interface W3CAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'highlighting';
  created: string;
  modified: string;
  body?: W3CTextualBody[];
  target: { source: string; selector: [TextQuoteSelector, TextPositionSelector] };
  [COLOR_FIELD]: HighlightColor;
}

/** Every exported highlight, on one inline page. */
export interface W3CCollection {
  '@context': [typeof ANNO_CONTEXT, { margin: typeof MARGIN_VOCAB }];
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { type: 'AnnotationPage'; startIndex: 0; items: W3CAnnotation[] };
}

function annotation(article: ExportArticle, h: Highlight): W3CAnnotation {
  const body: W3CTextualBody[] = [];
  if (h.note !== '') body.push({ type: 'TextualBody', value: h.note, format: 'text/plain', purpose: 'commenting' });
  for (const tag of h.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  return {
    id: highlightLink(article.meta.id, h.id),
    type: 'Annotation',
    motivation: 'highlighting',
    created: h.createdAt,
    modified: h.updatedAt,
    ...(body.length > 0 ? { body } : {}),
    target: {
      source: article.meta.source ?? articleLink(article.meta.id),
      selector: [
        { type: 'TextQuoteSelector', exact: h.quote.exact, prefix: h.quote.prefix, suffix: h.quote.suffix },
        { type: 'TextPositionSelector', start: h.position.start, end: h.position.end },
      ],
    },
    [COLOR_FIELD]: h.color,
  };
}

/** All the articles' highlights as one W3C AnnotationCollection (JSON-LD, ready for JSON.stringify). */
export function toW3C(articles: readonly ExportArticle[]): W3CCollection {
  const items = articles.flatMap((a) => a.highlights.map((h) => annotation(a, h)));
  return {
    '@context': [ANNO_CONTEXT, { margin: MARGIN_VOCAB }],
    type: 'AnnotationCollection',
    label: 'Margin highlights',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}
