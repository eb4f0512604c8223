// Reads an exported Markdown file back: front matter, and each article's highlights (quote, note,
// colour, tags, ids) from Margin's section, using marked's lexer for the block structure. Pure.
// It reads the default layout; a file exported with a user template may not read back.
import { Marked, type Token, type Tokens } from 'marked';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../types';
import { decodeMarkdownText, decodeParagraphs } from './escape';
import { marginSectionContent } from './document';
import { readFrontMatter, splitFrontMatter } from './frontMatter';
import { parseMarginLink } from './links';
import { HIGHLIGHTS_HEADING, META_SEPARATOR, OPEN_LABEL, ORPHAN_LABEL } from './markdown';
import type { ParsedArticle, ParsedExport, ParsedHighlight } from './types';

// Its own instance, so options another module sets on the global `marked` cannot change parsing.
const lexer = new Marked({ gfm: true });

const BLOCK_ID = /^\^([A-Za-z0-9-]+)$/;
const COLOR = /^\*\*([a-z]+)\*\*$/;
const OPEN_LINK = new RegExp(`^\\[${OPEN_LABEL}\\]\\((margin://[^)\\s]+)\\)$`);
const ARTICLE_LINK = new RegExp(`\\[${OPEN_LABEL}\\]\\((margin://article/[^)#\\s]+)\\)`);

const isColor = (c: string): c is HighlightColor => (HIGHLIGHT_COLORS as readonly string[]).includes(c);

interface Pending {
  quote: string;
  blockId: string | null;
  meta: Omit<ParsedHighlight, 'quote' | 'blockId' | 'note'> | null;
  notes: string[];
}

function readMeta(raw: string): Pending['meta'] {
  const parts = raw.split(META_SEPARATOR);
  const color = COLOR.exec(parts[0] ?? '')?.[1];
  if (color === undefined || !isColor(color)) return null;
  let colorName: string | null = null;
  let orphaned = false;
  let tags: string[] = [];
  let link: ReturnType<typeof parseMarginLink> = null;
  for (const part of parts.slice(1)) {
    const open = OPEN_LINK.exec(part);
    if (open) link = parseMarginLink(open[1]!);
    else if (part === ORPHAN_LABEL) orphaned = true;
    else if (part.startsWith('#')) tags = part.split(/\s+/).map((t) => t.replace(/^#/, ''));
    else if (/^\*[\s\S]*\*$/.test(part)) colorName = decodeMarkdownText(part.slice(1, -1));
  }
  if (!link?.highlightId) return null;
  return { id: link.highlightId, articleId: link.articleId, color, colorName, tags, orphaned };
}

/** Reads back a file written by Margin's Markdown export. Tolerates (skips) anything it does not recognise. */
export function parseExportedMarkdown(md: string): ParsedExport {
  const { yaml, body } = splitFrontMatter(md);
  const section = marginSectionContent(body);
  const tokens = lexer.lexer(section ?? body);
  const articles: ParsedArticle[] = [];
  let article: ParsedArticle | null = null;
  let inHighlights = false;
  let pending: Pending | null = null;
  let seen = new Set<string>();

  const flush = () => {
    if (pending?.meta && article && !seen.has(pending.meta.id)) {
      seen.add(pending.meta.id);
      article.highlights.push({ ...pending.meta, quote: pending.quote, blockId: pending.blockId, note: decodeParagraphs(pending.notes, 'note') });
    }
    pending = null;
  };

  for (const token of tokens as Token[]) {
    if (token.type === 'space') continue;
    if (token.type === 'heading') {
      flush();
      const { depth, text } = token as Tokens.Heading;
      if (depth === 1) {
        article = { id: null, title: decodeMarkdownText(text), highlights: [] };
        articles.push(article);
        seen = new Set();
        inHighlights = false;
      } else if (depth === 2) {
        inHighlights = text === HIGHLIGHTS_HEADING;
      }
      continue;
    }
    if (token.type === 'paragraph' && article && article.id === null && !inHighlights) {
      const link = ARTICLE_LINK.exec((token as Tokens.Paragraph).text);
      if (link) article.id = parseMarginLink(link[1]!)?.articleId ?? null;
      continue;
    }
    if (!inHighlights) continue;
    if (token.type === 'blockquote') {
      flush();
      const paragraphs = (token as Tokens.Blockquote).tokens.filter((t): t is Tokens.Paragraph => t.type === 'paragraph');
      pending = { quote: decodeParagraphs(paragraphs.map((p) => p.text), 'quote'), blockId: null, meta: null, notes: [] };
      continue;
    }
    const current = pending as Pending | null;
    if (token.type !== 'paragraph' || current === null) {
      flush();
      continue;
    }
    const text = (token as Tokens.Paragraph).text;
    if (current.meta === null) {
      const id = BLOCK_ID.exec(text);
      if (id && current.blockId === null) current.blockId = id[1]!;
      else {
        current.meta = readMeta(text);
        if (current.meta === null) pending = null;
      }
    } else {
      current.notes.push(text);
    }
  }
  flush();
  return { frontMatter: readFrontMatter(yaml), hasMarginSection: section !== null, articles };
}

// Margin writes `margin-id` as a plain scalar on its own line; reading that needs no YAML parser.
const PLAIN_ID = /^margin-id:[ \t]*([A-Za-z0-9_-]+)[ \t]*\r?$/m;

/** The Margin article id a file belongs to: front matter `margin-id` (or `id` in a file with Margin's section). */
export function exportedArticleId(md: string): string | null {
  const { yaml, body } = splitFrontMatter(md);
  if (yaml === null) return null;
  const plain = PLAIN_ID.exec(yaml);
  if (plain && !/^margin-id:/m.test(yaml.slice(plain.index + plain[0].length))) return plain[1]!;
  const data = readFrontMatter(yaml);
  const id = data['margin-id'] ?? (marginSectionContent(body) !== null ? data.id : undefined);
  return typeof id === 'string' && id !== '' ? id : null;
}
