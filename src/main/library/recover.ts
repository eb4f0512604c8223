// Rebuilds index entries from the article folders themselves, for articles the index does not name
// (library.json damaged or lost, or restored from a backup older than them). Read-only: it never
// changes an article folder, and what it cannot tell (source, trash) it leaves empty.
import fs from 'node:fs';
import path from 'node:path';
import { parseTextArticle } from '../../shared/textArticle';
import type { ArticleMeta, ContentFormat } from '../../shared/types';
import type { LibraryLayout } from './layout';

const FORMATS: Array<[string, ContentFormat]> = [
  ['content.txt', 'text'],
  ['content.md', 'markdown'],
  ['content.html', 'html'],
];
const ID = /^[A-Za-z0-9_-]+$/;

const decodeEntities = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** Title and author as well as plain text, Markdown or HTML lets us tell without the importer. */
function titleAndAuthor(content: string, format: ContentFormat): { title: string; author: string | null } {
  if (format === 'text') {
    const parts = parseTextArticle(content);
    return { title: parts.title, author: parts.author };
  }
  if (format === 'markdown') {
    const front = /^---\n([\s\S]*?)\n---/.exec(content)?.[1] ?? '';
    const field = (k: string) => new RegExp(`^${k}:\\s*["']?(.+?)["']?\\s*$`, 'm').exec(front)?.[1] ?? null;
    const heading = /^#\s+(.+)$/m.exec(content)?.[1];
    const firstLine = content.replace(/^---\n[\s\S]*?\n---\n/, '').split('\n').find((l) => l.trim())?.trim();
    return { title: field('title') ?? heading ?? firstLine ?? 'Recovered article', author: field('author') };
  }
  const raw = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(content)?.[1] ?? /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(content)?.[1] ?? '';
  const title = decodeEntities(raw.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
  return { title: title || 'Recovered article', author: null };
}

/** Index entries for the article folders whose ids are not in `known`, oldest first. */
export function articlesMissingFrom(layout: LibraryLayout, known: ReadonlySet<string>, hash: (content: string) => string): ArticleMeta[] {
  let ids: string[];
  try {
    ids = fs.readdirSync(layout.articlesDir).filter((id) => ID.test(id) && !known.has(id));
  } catch {
    return [];
  }
  const found: ArticleMeta[] = [];
  for (const id of ids) {
    for (const [file, format] of FORMATS) {
      const full = path.join(layout.articleDir(id), file);
      let content: string;
      let st: fs.Stats;
      try {
        content = fs.readFileSync(full, 'utf8');
        st = fs.statSync(full);
      } catch {
        continue;
      }
      const { title, author } = titleAndAuthor(content, format);
      found.push({
        id,
        title: title.slice(0, 300),
        author,
        source: null,
        siteName: null,
        publishedAt: null,
        addedAt: new Date(st.mtimeMs).toISOString(),
        format,
        hash: hash(content),
        size: Buffer.byteLength(content),
        trashedAt: null,
      });
      break;
    }
  }
  return found.sort((a, b) => (a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : 0));
}
