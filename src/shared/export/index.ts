// The export module's public surface: Markdown rendering and read-back, file names, W3C JSON.
// Re-exports only; nothing here touches a disk (src/main/export writes the files).
export * from './types';
export { renderArticleFile, renderCollectionFile, findMarginSection, MARKER_BEGIN, MARKER_END, ARTICLE_KEYS, COLLECTION_KEYS } from './document';
export { renderArticleMarkdown } from './markdown';
export { parseExportedMarkdown, exportedArticleId } from './parse';
export { safeFileName, uniqueFileName, nameKey, utf8Length, MAX_NAME_BYTES } from './fileName';
export { toObsidianTag, toObsidianTags } from './tags';
export { articleLink, highlightLink, parseMarginLink, blockIds } from './links';
export { toW3C, type W3CCollection, type W3CAnnotation } from './w3c';
export { fromW3C } from './w3cImport';
export { TEMPLATE_FIELDS } from './template';
