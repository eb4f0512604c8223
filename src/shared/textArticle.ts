// Reads the shape of a plain-text article: the first non-empty line is the title, a "By X" line
// (and a lone author line just before it) is the byline, the rest is the body. Pure string work.

export interface TextArticleParts {
  title: string;
  author: string | null;
  /** Offset in the text where the body starts (after title and byline lines). */
  bodyStart: number;
}

const BYLINE = /^\s*by\s+(.{1,120}?)\s*$/i;
const MAX_TITLE = 300;

/** Splits a plain-text article into title, author and where its body starts. */
export function parseTextArticle(text: string): TextArticleParts {
  const lines = text.split('\n');
  let offset = 0;
  let i = 0;
  const next = () => {
    offset += (lines[i] ?? '').length + 1;
    i++;
  };
  while (i < lines.length && lines[i]!.trim() === '') next();
  const rawTitle = (lines[i] ?? '').trim().replace(/^#+\s*/, '').replace(/^\*\*(.*)\*\*$/, '$1');
  const title = rawTitle.slice(0, MAX_TITLE) || 'Untitled';
  if (i < lines.length) next();

  // Look ahead a few lines for a byline; a lone line equal to the author just before it goes too.
  let author: string | null = null;
  let scan = i;
  const seen: number[] = [];
  while (scan < lines.length && seen.length < 4) {
    const line = lines[scan]!.trim();
    if (line !== '') {
      const m = BYLINE.exec(line);
      if (m) {
        author = m[1]!.trim();
        const loneAuthorBefore = seen.every((k) => lines[k]!.trim() === author);
        if (loneAuthorBefore) {
          while (i <= scan) next();
        }
        break;
      }
      seen.push(scan);
      if (line.length > 80) break;
    }
    scan++;
  }
  if (author === null) {
    // No byline: the body starts right after the title.
  }
  return { title, author, bodyStart: Math.min(offset, text.length) };
}
