// Reads W3C Web Annotation JSON (a collection, a page, a list or one annotation) into highlights
// Margin can place. Validates everything and refuses bad input with a message naming what is wrong;
// it never guesses a quote. Pure: no files.
import { z } from 'zod';
import { MarginError } from '../api/result';
import { HIGHLIGHT_COLORS, type HighlightColor, type TextPositionSelector, type TextQuoteSelector } from '../types';
import { parseMarginLink } from './links';
import type { ImportedAnnotation } from './types';
import { COLOR_FIELD } from './w3c';

const oneOrMany = <T extends z.ZodType>(item: T) => z.union([item, z.array(item)]);

const typed = (name: string) =>
  z.union([z.literal(name), z.array(z.string()).refine((t) => t.includes(name), `expected type "${name}"`)]);

const Body = z.union([
  z.string(),
  z.looseObject({
    type: z.union([z.string(), z.array(z.string())]).optional(),
    value: z.string().optional(),
    purpose: z.union([z.string(), z.array(z.string())]).optional(),
  }),
]);

const Selector = z.looseObject({ type: z.string() });

const Target = z.union([
  z.string(),
  z.looseObject({ source: z.string().optional(), selector: oneOrMany(Selector).optional() }),
]);

const Annotation = z.object({
  type: typed('Annotation'),
  id: z.string().optional(),
  created: z.string().optional(),
  modified: z.string().optional(),
  bodyValue: z.string().optional(),
  body: oneOrMany(Body).optional(),
  target: oneOrMany(Target),
  [COLOR_FIELD]: z.enum(HIGHLIGHT_COLORS).optional(),
});

const Quote = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1, 'the quoted text is empty'),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
});

const Position = z
  .object({ type: z.literal('TextPositionSelector'), start: z.number().int().min(0), end: z.number().int().min(0) })
  .refine((p) => p.end >= p.start, 'end comes before start');

const Page = z.looseObject({ type: typed('AnnotationPage'), items: z.array(z.unknown()) });
const Collection = z.looseObject({
  type: typed('AnnotationCollection'),
  first: z.union([Page, z.string()]).optional(),
  items: z.array(z.unknown()).optional(),
});

const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

/** A short look at a value for a message: never the whole of it (it may be 50 MB, or nested too deep to write out). */
function preview(value: unknown): string {
  if (value === null || typeof value !== 'object') return String(JSON.stringify(value) ?? value).slice(0, 60);
  return Array.isArray(value) ? `a list of ${value.length}` : `an object with ${Object.keys(value).slice(0, 5).join(', ') || 'no fields'}`;
}

function refuse(where: string, issues: z.core.$ZodIssue[], input: unknown): never {
  const issue = issues[0]!;
  const value = valueAt(input, issue.path);
  const what =
    value === undefined
      ? 'missing'
      : issue.code === 'invalid_union'
        ? `unexpected value ${preview(value)}`
        : issue.message;
  const path = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  throw new MarginError('bad_input', `Not a usable W3C Web Annotation file: ${where}: ${path}${what}.`);
}

/** The annotations inside whatever container the JSON is. */
function items(data: unknown): unknown[] {
  if (Array.isArray(data)) return data;
  if (data === null || typeof data !== 'object') {
    throw new MarginError('bad_input', 'Not a usable W3C Web Annotation file: expected an object or a list of annotations.');
  }
  const type = (data as { type?: unknown }).type;
  const is = (name: string) => type === name || (Array.isArray(type) && type.includes(name));
  if (is('AnnotationCollection')) {
    const c = Collection.safeParse(data);
    if (!c.success) refuse('the collection', c.error.issues, data);
    if (typeof c.data.first === 'string') {
      throw new MarginError('bad_input', 'This annotation collection keeps its annotations on separate pages (a link); export it with the annotations inline.');
    }
    return c.data.first?.items ?? c.data.items ?? [];
  }
  if (is('AnnotationPage')) {
    const p = Page.safeParse(data);
    if (!p.success) refuse('the page', p.error.issues, data);
    return p.data.items;
  }
  return [data];
}

function readSelectors(target: z.infer<typeof Target>, where: string): { quote: TextQuoteSelector; position?: TextPositionSelector } | null {
  if (typeof target === 'string') return null;
  let quote: TextQuoteSelector | null = null;
  let position: TextPositionSelector | undefined;
  for (const selector of asArray(target.selector)) {
    if (selector.type === 'TextQuoteSelector' && quote === null) {
      const q = Quote.safeParse(selector);
      if (!q.success) refuse(`${where}, its TextQuoteSelector`, q.error.issues, selector);
      quote = { type: 'TextQuoteSelector', exact: q.data.exact, prefix: q.data.prefix ?? '', suffix: q.data.suffix ?? '' };
    } else if (selector.type === 'TextPositionSelector' && position === undefined) {
      const p = Position.safeParse(selector);
      if (!p.success) refuse(`${where}, its TextPositionSelector`, p.error.issues, selector);
      position = { type: 'TextPositionSelector', start: p.data.start, end: p.data.end };
    }
  }
  return quote ? { quote, ...(position ? { position } : {}) } : null;
}

const hasPurpose = (purpose: string | string[] | undefined, name: string) => asArray(purpose).includes(name);

function readAnnotation(raw: unknown, index: number): ImportedAnnotation {
  const a = Annotation.safeParse(raw);
  const label = (raw as { id?: unknown } | null)?.id;
  const where = `annotation ${index + 1}${typeof label === 'string' ? ` (${label})` : ''}`;
  if (!a.success) refuse(where, a.error.issues, raw);
  const data = a.data;
  let selected: ReturnType<typeof readSelectors> = null;
  let source: string | undefined;
  for (const target of asArray(data.target)) {
    selected = readSelectors(target, where);
    if (selected) {
      source = typeof target === 'string' ? undefined : target.source;
      break;
    }
  }
  if (!selected) {
    throw new MarginError('bad_input', `Not a usable W3C Web Annotation file: ${where} has no TextQuoteSelector, so Margin cannot tell which text it marks.`);
  }
  const notes: string[] = data.bodyValue !== undefined ? [data.bodyValue] : [];
  const tags: string[] = [];
  for (const body of asArray(data.body)) {
    if (typeof body === 'string' || body.value === undefined) continue;
    if (hasPurpose(body.purpose, 'tagging')) tags.push(body.value);
    else notes.push(body.value);
  }
  const link = data.id ? parseMarginLink(data.id) : null;
  const color: HighlightColor = data[COLOR_FIELD] ?? 'yellow';
  return {
    ...(link?.highlightId ? { id: link.highlightId } : {}),
    ...(link ? { articleId: link.articleId } : {}),
    ...(source !== undefined ? { source } : {}),
    quote: selected.quote,
    ...(selected.position ? { position: selected.position } : {}),
    color,
    note: notes.join('\n\n'),
    tags,
    ...(data.created !== undefined ? { created: data.created } : {}),
    ...(data.modified !== undefined ? { modified: data.modified } : {}),
  };
}

/**
 * Reads W3C Web Annotation JSON (text or parsed) into highlights. Throws a MarginError ('bad_input')
 * naming the first problem when the JSON is malformed or an annotation cannot be used.
 */
export function fromW3C(json: unknown): ImportedAnnotation[] {
  let data = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json);
    } catch (err) {
      throw new MarginError('bad_input', `Not a usable W3C Web Annotation file: it is not valid JSON (${(err as Error).message}).`);
    }
  }
  return items(data).map(readAnnotation);
}
