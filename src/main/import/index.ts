// The import service's public face: files, folders, pasted text and URLs in, clean documents out.
// Everything here answers ImportItem values and never throws; storing the result is the library's job.
export { decodeBytes } from './decode';
export { importBytes, importPath, readFailure } from './files';
export { formatForName } from './formats';
export { listImportable } from './walk';
export { importUrl } from './url';
export { importPastedText } from './paste';
export type { ImportedAsset, ImportedDoc, ImportItem, UrlImportOptions } from './types';
