// Whole exported files: front matter + Margin's marked section, merged into what is already on disk
// so the user's own text and front matter keys survive a re-export. Pure: takes and returns strings.
import { splitFrontMatter, writeFrontMatter, type OwnedKeys } from './frontMatter';
import { renderArticleMarkdown } from './markdown';
import { toObsidianTags } from './tags';
import type { ExportArticle, ExportOptions } from './types';

/** Opens Margin's section in a file; it also tells the user where to write. */
export const MARKER_BEGIN =
  '<!-- margin:begin (Margin replaces everything from here to margin:end on each export; write your own notes outside it) -->';
/** Closes Margin's section. */
export const MARKER_END = '<!-- margin:end -->';

// Markers count only alone on their line: escaped user text never starts a line with '<'.
const BEGIN = /^<!--[ \t]*margin:begin\b[^\n]*?-->[ \t]*\r?$/m;
const END = /^<!--[ \t]*margin:end[ \t]*-->[ \t]*\r?$/m;

/** Where Margin's section (markers included) sits in a file body, or null when it has none. */
export function findMarginSection(body: string): { start: number; end: number } | null {
  const begin = BEGIN.exec(body);
  if (!begin) return null;
  const from = begin.index + begin[0].length;
  const end = END.exec(body.slice(from));
  if (!end) return null;
  return { start: begin.index, end: from + end.index + end[0].length };
}

/** The text between Margin's markers, or null when the file has no complete section. */
export function marginSectionContent(body: string): string | null {
  const at = findMarginSection(body);
  if (!at) return null;
  const inner = body.slice(at.start, at.end);
  return inner.slice(BEGIN.exec(inner)![0].length, END.exec(inner)!.index);
}

/** Front matter keys Margin writes in an article's file (and may overwrite or remove). */
export const ARTICLE_KEYS = ['margin-id', 'title', 'author', 'source', 'added', 'exported', 'tags', 'highlight-count'] as const;
/** Front matter keys Margin writes in a file holding many articles. */
export const COLLECTION_KEYS = ['exported', 'articles', 'highlight-count'] as const;

function articleKeys(article: ExportArticle, options: ExportOptions): OwnedKeys {
  const { meta } = article;
  return {
    'margin-id': meta.id,
    title: meta.title,
    author: meta.author,
    source: meta.source,
    added: meta.addedAt,
    exported: options.now.toISOString(),
    tags: toObsidianTags(meta.tags),
    'highlight-count': article.highlights.length,
  };
}

/** Puts `content` between the markers, keeping everything of `existing` outside them. */
function merge(owned: OwnedKeys, content: string, existing: string | null, quoted: readonly string[]): string {
  const section = `${MARKER_BEGIN}\n${content}${MARKER_END}`;
  if (existing === null) return `${writeFrontMatter(owned, null, quoted)}${section}\n`;
  const { yaml, body } = splitFrontMatter(existing);
  const at = findMarginSection(body);
  const newBody = at
    ? body.slice(0, at.start) + section + body.slice(at.end)
    : `${section}\n${body === '' ? '' : `\n${body}`}`;
  return writeFrontMatter(owned, yaml, quoted) + newBody;
}

/**
 * One article's file. With `existing` (the file already on disk), only Margin's section and Margin's
 * front matter keys change; a file without markers keeps its text below the new section.
 */
export function renderArticleFile(article: ExportArticle, options: ExportOptions, existing: string | null = null): string {
  return merge(articleKeys(article, options), renderArticleMarkdown(article, options), existing, ['title', 'author', 'source']);
}

/**
 * One file holding many articles, each under its own H1, merged into `existing` like
 * `renderArticleFile`. `onRendered` is told after each article.
 */
export function renderCollectionFile(
  articles: readonly ExportArticle[],
  options: ExportOptions,
  existing: string | null = null,
  onRendered?: (done: number, total: number) => void,
): string {
  const owned: OwnedKeys = {
    exported: options.now.toISOString(),
    articles: articles.length,
    'highlight-count': articles.reduce((n, a) => n + a.highlights.length, 0),
  };
  const content = articles
    .map((a, i) => {
      const md = renderArticleMarkdown(a, options);
      onRendered?.(i + 1, articles.length);
      return md;
    })
    .join('\n');
  return merge(owned, content, existing, []);
}
