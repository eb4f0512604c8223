// The one typed contract between the UI and the services: for each method, a zod schema for its
// arguments (validated in main and in the web server before any service sees them) and the type
// of its result. The preload, the web transport and the CLI all derive from this map.
import { z } from 'zod';
import type { ArticleMeta, ArticleSummary, ArticleView } from '../types';
import type { Method } from './methods';

const call =
  <R>() =>
  <A extends z.ZodType>(args: A) => ({ args, result: undefined as unknown as R });

const Id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'ids are letters, digits, - and _');

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
} satisfies Record<Method, { args: z.ZodType; result: unknown }>;

export type Contract = typeof contract;
export type Args<M extends Method> = z.input<Contract[M]['args']>;
export type ParsedArgs<M extends Method> = z.output<Contract[M]['args']>;
export type Result<M extends Method> = Contract[M]['result'];

/** What main, the web server and the CLI implement: one function per method. */
export type Handlers = { [M in Method]: (args: ParsedArgs<M>) => Promise<Result<M>> | Result<M> };

export { Id as IdSchema };
