// The data model every layer shares: articles, highlights, statistics. Plain types only —
// no runtime code, no electron, no node, no DOM.

export type ContentFormat = 'text' | 'markdown' | 'html';

/** An article's metadata, as kept in the library index. The body lives in its own file. */
export interface ArticleMeta {
  id: string;
  title: string;
  author: string | null;
  /** Where it came from: a URL, or the path of the imported file. */
  source: string | null;
  siteName: string | null;
  /** ISO date the article was published, when known. */
  publishedAt: string | null;
  /** ISO timestamp the article entered the library. */
  addedAt: string;
  format: ContentFormat;
  /** sha256 of the normalised body: the same content twice is one article. */
  hash: string;
  /** Size of the stored body in bytes. */
  size: number;
  /** ISO timestamp it was moved to the trash, or null. */
  trashedAt: string | null;
}

export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

/** W3C Web Annotation TextQuoteSelector over the article's text model. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C Web Annotation TextPositionSelector over the article's text model. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface Highlight {
  id: string;
  articleId: string;
  color: HighlightColor;
  note: string;
  tags: string[];
  createdAt: string;
  updatedAt: string;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** What the per-article annotation file holds. */
export interface ArticleAnnotations {
  articleId: string;
  tags: string[];
  highlights: Highlight[];
}

/** One row of the library list. */
export interface ArticleSummary extends ArticleMeta {
  tags: string[];
  highlightCount: number;
}

export type StatisticKind = 'count' | 'money' | 'percent' | 'measure' | 'score' | 'change' | 'range';

/** A quantity an article quotes. Offsets are UTF-16 offsets into the text it was extracted from. */
export interface Statistic {
  value: number;
  text: string;
  label: string;
  kind: StatisticKind;
  approx: boolean;
  start: number;
  end: number;
  sentence: string;
  /** For money: ISO currency code; for measures: the unit as written. */
  unit?: string;
  /** Upper bound, for ranges ("between 10 and 12"). */
  valueTo?: number;
}

export interface DateMention {
  text: string;
  /** ISO date; "2022-02" when only month precision is known, "2022" for a year. */
  iso: string;
  start: number;
  end: number;
}

export interface Passage {
  text: string;
  start: number;
  end: number;
}

export interface ConsistencyWarning {
  kind: 'number' | 'date';
  message: string;
  title: Passage;
  body: Passage;
}

export interface Extraction {
  statistics: Statistic[];
  dates: DateMention[];
  warnings: ConsistencyWarning[];
}

/** An article ready to read: metadata, the sanitized HTML the reader shows, and its text model. */
export interface ArticleView {
  meta: ArticleSummary;
  /** Sanitized HTML of the whole article, header (title, byline) included. */
  html: string;
  /** The text model of `html` (see shared/text/textModel.ts): what selectors and statistics count over. */
  text: string;
  extraction: Extraction;
}
