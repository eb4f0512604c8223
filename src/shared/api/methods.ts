// The names of every call the UI can make. Kept apart from the contract's schemas so the preload
// can check channel names without bundling the validators.

export const METHODS = [
  'library.info',
  'articles.list',
  'articles.open',
  'articles.trash',
  'articles.restore',
  'articles.importText',
  'highlights.list',
  'highlights.add',
  'highlights.update',
  'highlights.remove',
  'highlights.restore',
] as const;

export type Method = (typeof METHODS)[number];

export const isMethod = (name: unknown): name is Method =>
  typeof name === 'string' && (METHODS as readonly string[]).includes(name);

/** Events the services push to every open window. */
export type LibraryEvent =
  | { type: 'library.changed'; articleIds: string[] }
  | { type: 'notice'; message: string }
  | { type: 'navigate'; articleId: string; highlightId?: string };
