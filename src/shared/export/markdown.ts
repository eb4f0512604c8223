// Renders one article's Markdown section: title, source and Margin links, highlights (grouped or in
// reading order, default layout or the user's template), statistics and warnings. Pure: no files,
// no front matter, no markers (see document.ts).
import { HIGHLIGHT_COLORS, type Highlight, type HighlightColor } from '../types';
import { blockquote, encodeBlocks, encodeInline } from './escape';
import { articleLink, blockIds, highlightLink } from './links';
import { renderStatistics } from './statistics';
import { hashTags, toObsidianTags } from './tags';
import { fillTemplate } from './template';
import type { ExportArticle, ExportOptions } from './types';

/** Label of the link back into Margin; `parseExportedMarkdown` looks for it. */
export const OPEN_LABEL = 'Open in Margin';
/** Marks a highlight that could not be placed in the article's current text. */
export const ORPHAN_LABEL = '⚠ orphaned';
/** Separates the parts of a highlight's colour line. */
export const META_SEPARATOR = ' · ';
/** The H2 over an article's highlights; `parseExportedMarkdown` reads highlights only under it. */
export const HIGHLIGHTS_HEADING = 'Highlights';
/** Shown in place of highlights for an article that has none. */
export const NO_HIGHLIGHTS = 'No highlights yet.';

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Encodes a line so that META_SEPARATOR can never appear in it. */
const metaText = (s: string) => encodeInline(s).replace(/·/g, '&#183;');

function sourceLink(source: string): string {
  if (!/^https?:\/\//i.test(source)) return `Source: ${encodeInline(source)}`;
  const dest = source.replace(/[\s()<>\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  let label = source;
  try {
    label = new URL(source).host || source;
  } catch {
    // An unparsable URL is shown as written.
  }
  return `Source: [${encodeInline(label)}](${dest})`;
}

function infoLine(article: ExportArticle): string {
  const { meta } = article;
  const parts: string[] = [];
  if (meta.author) parts.push(`by ${metaText(meta.author)}`);
  if (meta.source) parts.push(sourceLink(meta.source));
  parts.push(`[${OPEN_LABEL}](${articleLink(meta.id)})`);
  const tags = hashTags(meta.tags);
  if (tags !== '') parts.push(tags);
  return parts.join(META_SEPARATOR);
}

interface HighlightContext {
  article: ExportArticle;
  options: ExportOptions;
  /** Block id to print, or null when this highlight already appeared above (grouping by tag). */
  blockId: string | null;
  orphaned: boolean;
}

function paragraphsText(paragraphs: string[][]): string {
  return paragraphs.map((p) => p.join('\n')).join('\n\n');
}

function defaultHighlight(h: Highlight, ctx: HighlightContext): string {
  const parts = [blockquote(encodeBlocks(h.quote.exact, 'quote'))];
  if (ctx.blockId) parts.push(`^${ctx.blockId}`);
  const meta = [`**${h.color}**`];
  const name = ctx.options.colorNames?.[h.color];
  if (name) meta.push(`*${metaText(name)}*`);
  if (ctx.orphaned) meta.push(ORPHAN_LABEL);
  const tags = hashTags(h.tags);
  if (tags !== '') meta.push(tags);
  meta.push(`[${OPEN_LABEL}](${highlightLink(ctx.article.meta.id, h.id)})`);
  parts.push(meta.join(META_SEPARATOR));
  if (ctx.options.includeNotes && h.note !== '') parts.push(paragraphsText(encodeBlocks(h.note, 'note')));
  return parts.join('\n\n');
}

function templatedHighlight(template: string, h: Highlight, ctx: HighlightContext): string {
  const url = highlightLink(ctx.article.meta.id, h.id);
  return fillTemplate(template, {
    quote: paragraphsText(encodeBlocks(h.quote.exact, 'quote')),
    note: ctx.options.includeNotes ? paragraphsText(encodeBlocks(h.note, 'note')) : '',
    tags: hashTags(h.tags),
    color: h.color,
    colorName: metaText(ctx.options.colorNames?.[h.color] ?? h.color),
    link: `[${OPEN_LABEL}](${url})`,
    url,
    blockId: ctx.blockId ? `^${ctx.blockId}` : '',
    id: h.id,
    title: encodeInline(ctx.article.meta.title),
    created: h.createdAt,
  });
}

interface Group {
  heading: string | null;
  highlights: Highlight[];
}

function groups(article: ExportArticle, options: ExportOptions): Group[] {
  const { highlights } = article;
  if (options.groupBy === 'color') {
    return HIGHLIGHT_COLORS.map((c: HighlightColor) => {
      const name = options.colorNames?.[c];
      return { heading: name ? `${capitalise(c)} — ${name}` : capitalise(c), highlights: highlights.filter((h) => h.color === c) };
    }).filter((g) => g.highlights.length > 0);
  }
  if (options.groupBy === 'tag') {
    const byTag = new Map<string, Highlight[]>();
    const untagged: Highlight[] = [];
    for (const h of highlights) {
      const tags = toObsidianTags(h.tags);
      if (tags.length === 0) untagged.push(h);
      for (const t of tags) byTag.set(t, [...(byTag.get(t) ?? []), h]);
    }
    const tagged = [...byTag.keys()].sort((a, b) => a.localeCompare(b)).map((t) => ({ heading: t, highlights: byTag.get(t)! }));
    return untagged.length > 0 ? [...tagged, { heading: 'Untagged', highlights: untagged }] : tagged;
  }
  return [{ heading: null, highlights }];
}

function renderHighlights(article: ExportArticle, options: ExportOptions): string[] {
  if (article.highlights.length === 0) return [NO_HIGHLIGHTS];
  const ids = blockIds(article.highlights);
  const orphans = new Set(article.orphanIds ?? []);
  const printed = new Set<string>();
  const out: string[] = [];
  for (const group of groups(article, options)) {
    if (group.heading !== null) out.push(`### ${encodeInline(group.heading)}`);
    for (const h of group.highlights) {
      const ctx: HighlightContext = {
        article,
        options,
        blockId: printed.has(h.id) ? null : ids.get(h.id)!,
        orphaned: orphans.has(h.id),
      };
      printed.add(h.id);
      out.push(options.template ? templatedHighlight(options.template, h, ctx) : defaultHighlight(h, ctx));
    }
  }
  return out;
}

/** One article as Markdown: H1 title, links, its highlights and, if asked, statistics and warnings. */
export function renderArticleMarkdown(article: ExportArticle, options: ExportOptions): string {
  const blocks = [`# ${encodeInline(article.meta.title)}`, infoLine(article), `## ${HIGHLIGHTS_HEADING}`];
  blocks.push(...renderHighlights(article, options));
  if (options.includeStatistics && article.extraction) blocks.push(...renderStatistics(article.extraction));
  return `${blocks.join('\n\n')}\n`;
}
