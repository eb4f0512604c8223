// Which file names Margin imports and as what: the one table shared by the file importer and the
// folder walker. Names only — nothing here reads a file.
import type { ContentFormat } from '../../shared/types';

const FORMAT_BY_EXTENSION: Record<string, ContentFormat> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  mdown: 'markdown',
  mkd: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
};

/** The format a file name's extension promises, or null for any other extension. */
export function formatForName(name: string): ContentFormat | null {
  const m = /\.([A-Za-z]+)$/.exec(name);
  return m ? (FORMAT_BY_EXTENSION[m[1]!.toLowerCase()] ?? null) : null;
}
