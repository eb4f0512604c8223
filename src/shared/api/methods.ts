// The names of every call the UI can make. Kept apart from the contract's schemas so the preload
// can check channel names without bundling the validators.

export const METHODS = [
  'library.info',
  'articles.list',
  'articles.page',
  'articles.open',
  'articles.trash',
  'articles.restore',
  'articles.importText',
  'highlights.list',
  'highlights.add',
  'highlights.update',
  'highlights.remove',
  'highlights.restore',
  'tags.list',
  'tags.rename',
  'tags.delete',
  'tags.undo',
  'articles.setTags',
  'articles.editTags',
  'stats.trends',
  'export.run',
  'export.markdown',
  'export.defaultFolder',
  'annotations.importW3C',
  'import.files',
  'import.bytes',
  'import.folder',
  'import.cancel',
  'import.url',
  'system.pickPaths',
] as const;

export type Method = (typeof METHODS)[number];

export const isMethod = (name: unknown): name is Method =>
  typeof name === 'string' && (METHODS as readonly string[]).includes(name);

/** Events the services push to every open window. */
export type LibraryEvent =
  | { type: 'library.changed'; articleIds: string[] }
  | { type: 'notice'; message: string }
  | { type: 'navigate'; articleId: string; highlightId?: string }
  | { type: 'progress'; jobId: string; task: 'import' | 'export'; done: number; total: number; item?: string };
