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

export interface ImportItemResult {
  name: string;
  status: 'added' | 'duplicate' | 'failed';
  id?: string;
  title?: string;
  message?: string;
}

export const contract = {
  'library.info': call<LibraryInfo>()(z.object({})),
  'articles.list': call<ArticleSummary[]>()(z.object({ trash: z.boolean().optional() })),
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
} satisfies Record<Method, { args: z.ZodType; result: unknown }>;

export type Contract = typeof contract;
export type Args<M extends Method> = z.input<Contract[M]['args']>;
export type ParsedArgs<M extends Method> = z.output<Contract[M]['args']>;
export type Result<M extends Method> = Contract[M]['result'];

/** What main, the web server and the CLI implement: one function per method. */
export type Handlers = { [M in Method]: (args: ParsedArgs<M>) => Promise<Result<M>> | Result<M> };

export { Id as IdSchema };
