// Builds the document for plain text: the text kept as read (line ends normalised), the title and
// "By X" author read by the shared plain-text rules. No decoding or I/O here.
import { parseTextArticle } from '../../shared/textArticle';
import { normalizeNewlines } from './sniff';
import type { ImportedDoc } from './types';

/** Where a document came from and what to call it when the text names nothing. */
export interface DocOrigin {
  source: string | null;
  encoding: string;
  /** Title used when the content yields none (usually the file name without extension). */
  fallbackTitle: string;
}

/** A plain-text document from decoded text (BOM already stripped). */
export function textDoc(text: string, origin: DocOrigin): ImportedDoc {
  const content = normalizeNewlines(text);
  const parts = parseTextArticle(content);
  return {
    title: parts.title === 'Untitled' ? origin.fallbackTitle : parts.title,
    author: parts.author,
    source: origin.source,
    siteName: null,
    publishedAt: null,
    format: 'text',
    content,
    assets: [],
    encoding: origin.encoding,
  };
}
