// The shapes Markdown and W3C export take in and give back. Plain types and option defaults only:
// no rendering, no file system.
import type { ArticleSummary, Extraction, Highlight, HighlightColor, TextPositionSelector, TextQuoteSelector } from '../types';

/** One article as export sees it: its summary, its highlights in reading order, and what was found in it. */
export interface ExportArticle {
  meta: ArticleSummary;
  /** In reading order. `quote.exact` may span blocks ("\n" between them). */
  highlights: Highlight[];
  /** Highlights that could not be placed in the current text: still exported, marked as orphaned. */
  orphanIds?: string[];
  /** Statistics and consistency warnings, shown when `includeStatistics` is on. */
  extraction?: Extraction;
}

/** How highlights are grouped under H3 headings: not at all, by colour, or by tag. */
export type ExportGrouping = 'none' | 'color' | 'tag';

/** What goes into a Markdown export and how it is laid out. `exportOptions` fills the defaults. */
export interface ExportOptions {
  includeNotes: boolean;
  includeStatistics: boolean;
  groupBy: ExportGrouping;
  /** What each colour means to the user ("yellow" → "Key point"). */
  colorNames?: Partial<Record<HighlightColor, string>>;
  /** A simple template for one highlight, e.g. "> {{quote}}\n{{note}}\n{{tags}} {{link}}". */
  template?: string;
  /** The time written as `exported` in the front matter. */
  now: Date;
}

/** Options with the defaults filled in: notes on, statistics off, no grouping. */
export function exportOptions(partial: Partial<ExportOptions> = {}): ExportOptions {
  return {
    includeNotes: partial.includeNotes ?? true,
    includeStatistics: partial.includeStatistics ?? false,
    groupBy: partial.groupBy ?? 'none',
    colorNames: partial.colorNames,
    template: partial.template,
    now: partial.now ?? new Date(),
  };
}

/** One highlight read back from an exported Markdown file. */
export interface ParsedHighlight {
  id: string;
  articleId: string;
  /** The Obsidian block id without its caret ("hl-1a2b3c4d"), when the file carries one. */
  blockId: string | null;
  quote: string;
  note: string;
  color: HighlightColor;
  /** The user's name for the colour, when the export had one. */
  colorName: string | null;
  /** Tags in their exported (Obsidian) form, without '#'. */
  tags: string[];
  orphaned: boolean;
}

/** One article's part of an exported Markdown file. */
export interface ParsedArticle {
  /** From the article's "Open in Margin" link; null when the link was removed. */
  id: string | null;
  title: string;
  highlights: ParsedHighlight[];
}

/** What `parseExportedMarkdown` reads back from a file. */
export interface ParsedExport {
  /** The YAML front matter as data; empty when the file has none. */
  frontMatter: Record<string, unknown>;
  /** Whether the file has Margin's begin/end markers. */
  hasMarginSection: boolean;
  articles: ParsedArticle[];
}

/** One annotation read from W3C Web Annotation JSON. */
export interface ImportedAnnotation {
  /** The highlight id, when the annotation's id is a Margin deep link. */
  id?: string;
  articleId?: string;
  /** The target's source (a URL, or a Margin article link). */
  source?: string;
  quote: TextQuoteSelector;
  position?: TextPositionSelector;
  color: HighlightColor;
  note: string;
  tags: string[];
  created?: string;
  modified?: string;
}
