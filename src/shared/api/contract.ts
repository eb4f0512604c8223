// The one typed contract between the UI and the services: for each method, a zod schema for its
// arguments (validated in main and in the web server before any service sees them) and the type
// of its result. The preload, the web transport and the CLI all derive from this map.
import { z } from 'zod';
import { HIGHLIGHT_COLORS, type ArticleMeta, type ArticleSummary, type ArticleView, type Highlight } from '../types';
import type { Method } from './methods';

const call =
  <R>() =>
  <A extends z.ZodType>(args: A) => ({ args, result: undefined as unknown as R });

const Id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'ids are letters, digits, - and _');

const Color = z.enum(HIGHLIGHT_COLORS);
const Tags = z.array(z.string().max(200)).max(100);
const Note = z.string().max(100_000);
const Offset = z.number().int().min(0);
const IsoDate = z.string().max(40);

const HighlightSchema = z.object({
  id: Id,
  articleId: Id,
  color: Color,
  note: Note,
  tags: Tags,
  createdAt: IsoDate,
  updatedAt: IsoDate,
  quote: z.object({ type: z.literal('TextQuoteSelector'), exact: z.string().min(1).max(1_000_000), prefix: z.string().max(200), suffix: z.string().max(200) }),
  position: z.object({ type: z.literal('TextPositionSelector'), start: Offset, end: Offset }),
});

export interface LibraryInfo {
  dir: string;
  articleCount: number;
  trashCount: number;
  readOnly: boolean;
  /** Things the user must be told: a corrupt file set aside, a read-only folder… */
  notices: string[];
}

/** One row of the library list: only what the list shows (the reader opens the rest). */
export type ArticleListItem = Pick<ArticleSummary, 'id' | 'title' | 'author' | 'source' | 'siteName' | 'addedAt' | 'highlightCount'>;

/** A slice of the library list, newest first, and how many rows the whole list has. */
export interface ArticlePage {
  /** Rows in the whole (filtered) list. */
  total: number;
  offset: number;
  rows: ArticleListItem[];
}

export interface ImportItemResult {
  name: string;
  status: 'added' | 'duplicate' | 'failed';
  id?: string;
  title?: string;
  message?: string;
}

export interface TagInfo {
  tag: string;
  /** Articles tagged with it directly. */
  articles: number;
  /** Highlights (passages) carrying it. */
  passages: number;
  /** ISO time it was last used, for autocompletion order. */
  lastUsed: string | null;
}

export interface TagChange {
  /** Pass to tags.undo to restore exactly the previous state. */
  undoToken: string;
  articles: number;
  passages: number;
  merged: boolean;
}

export interface TrendPoint {
  articleId: string;
  title: string;
  /** The article's date (published, else added). */
  date: string;
  value: number;
  text: string;
}

export interface Trend {
  /** The label as most often written. */
  label: string;
  /** What labels are matched by (singular, lower case). */
  key: string;
  points: TrendPoint[];
}

export interface ExportResult {
  written: string[];
  updated: string[];
  skipped: Array<{ articleId: string; title: string; reason: string }>;
  outPath: string;
}

export interface ImportSummary {
  jobId: string;
  results: ImportItemResult[];
  cancelled: boolean;
}

const ExportScope = z.object({
  articleIds: z.array(Id).max(100_000).optional(),
  tags: z.array(z.string().max(200)).max(20).optional(),
  all: z.boolean().optional(),
});
const ExportOptionsSchema = z.object({
  includeNotes: z.boolean().optional(),
  includeStatistics: z.boolean().optional(),
  groupBy: z.enum(['none', 'color', 'tag']).optional(),
  colorNames: z.record(Color, z.string().max(60)).optional(),
  template: z.string().max(10_000).optional(),
});
const PathArg = z.string().min(1).max(4096);
const JobId = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);

export const contract = {
  'library.info': call<LibraryInfo>()(z.object({})),
  'articles.list': call<ArticleSummary[]>()(z.object({ trash: z.boolean().optional(), tags: z.array(z.string().max(200)).max(20).optional() })),
  'articles.page': call<ArticlePage>()(
    z.object({
      trash: z.boolean().optional(),
      tags: z.array(z.string().max(200)).max(20).optional(),
      offset: z.number().int().min(0).optional(),
      /** Rows wanted from `offset`; all of them when left out. */
      limit: z.number().int().min(1).max(1_000_000).optional(),
    }),
  ),
  'articles.open': call<ArticleView>()(z.object({ id: Id })),
  'articles.trash': call<ArticleMeta>()(z.object({ id: Id })),
  'articles.restore': call<ArticleMeta>()(z.object({ id: Id })),
  'articles.importText': call<ImportItemResult>()(
    z.object({
      name: z.string().min(1).max(260),
      content: z.string().max(50 * 1024 * 1024),
      format: z.enum(['text', 'markdown', 'html']).optional(),
    }),
  ),
  'highlights.list': call<Highlight[]>()(z.object({ articleId: Id })),
  'highlights.add': call<Highlight>()(
    z.object({ articleId: Id, start: Offset, end: Offset, exact: z.string().max(1_000_000), color: Color, note: Note.optional(), tags: Tags.optional() }),
  ),
  'highlights.update': call<Highlight>()(z.object({ articleId: Id, id: Id, color: Color.optional(), note: Note.optional(), tags: Tags.optional() })),
  'highlights.remove': call<Highlight>()(z.object({ articleId: Id, id: Id })),
  'highlights.restore': call<Highlight>()(z.object({ highlight: HighlightSchema })),
  'tags.list': call<TagInfo[]>()(z.object({})),
  'tags.rename': call<TagChange>()(z.object({ from: z.string().min(1).max(200), to: z.string().min(1).max(200) })),
  'tags.delete': call<TagChange>()(z.object({ tag: z.string().min(1).max(200) })),
  'tags.undo': call<{ articles: number }>()(z.object({ undoToken: z.string().min(1).max(64) })),
  'articles.setTags': call<ArticleSummary>()(z.object({ id: Id, tags: Tags })),
  /** What a person changed in an article's tags, merged onto the tags on disk (nothing another window or the CLI added is lost). */
  'articles.editTags': call<ArticleSummary>()(z.object({ id: Id, add: Tags, remove: Tags })),
  'stats.trends': call<Trend[]>()(z.object({ minArticles: z.number().int().min(2).max(1000).optional() })),
  'export.run': call<ExportResult>()(
    z.object({ scope: ExportScope, target: z.enum(['file', 'folder']), path: PathArg, format: z.enum(['md', 'w3c']), options: ExportOptionsSchema.optional(), jobId: JobId.optional() }),
  ),
  'export.markdown': call<string>()(z.object({ articleId: Id, options: ExportOptionsSchema.optional() })),
  'export.defaultFolder': call<string>()(z.object({})),
  'annotations.importW3C': call<{ imported: number; skipped: Array<{ quote: string; reason: string }> }>()(z.object({ json: z.string().max(50 * 1024 * 1024) })),
  'import.files': call<ImportItemResult[]>()(z.object({ paths: z.array(PathArg).min(1).max(10_000) })),
  'import.bytes': call<ImportItemResult>()(z.object({ name: z.string().min(1).max(260), base64: z.string().max(70 * 1024 * 1024) })),
  'import.folder': call<ImportSummary>()(z.object({ path: PathArg, jobId: JobId })),
  'import.cancel': call<boolean>()(z.object({ jobId: JobId })),
  'import.url': call<ImportItemResult>()(z.object({ url: z.string().url().max(8192) })),
  'system.pickPaths': call<string[] | null>()(
    z.object({ kind: z.enum(['files', 'folder', 'saveFile']), title: z.string().max(200).optional(), defaultPath: z.string().max(4096).optional() }),
  ),
} satisfies Record<Method, { args: z.ZodType; result: unknown }>;

export type Contract = typeof contract;
export type Args<M extends Method> = z.input<Contract[M]['args']>;
export type ParsedArgs<M extends Method> = z.output<Contract[M]['args']>;
export type Result<M extends Method> = Contract[M]['result'];

/** What main, the web server and the CLI implement: one function per method. */
export type Handlers = { [M in Method]: (args: ParsedArgs<M>) => Promise<Result<M>> | Result<M> };

export { Id as IdSchema };
