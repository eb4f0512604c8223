// Imports one file, or bytes that carry a file name: refuses what is not a readable text document
// with a sentence naming the file, and dispatches text, Markdown and HTML to their builders.
import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { decodeBytes } from './decode';
import { formatForName } from './formats';
import { decodeHtml } from './htmlDecode';
import { htmlDoc } from './htmlDoc';
import { combineLoaders, dataLoader, fileLoader, type ImageLoader } from './loaders';
import { markdownDoc } from './markdownDoc';
import { isBlank, knownBinaryFormat, looksBinary, sniffFormat } from './sniff';
import { textDoc } from './textDoc';
import { DEFAULT_TIMEOUT_MS, formatSize, MAX_FILE_BYTES, type ImportItem } from './types';

/** `"notes.txt"`: how messages name a file. */
function quoted(name: string): string {
  return `"${path.basename(name) || name}"`;
}

interface BytesContext {
  source: string | null;
  /** The file's own URL, so its HTML can use images beside it. */
  fileUrl: string | null;
  loader: ImageLoader;
}

async function importFileBytes(name: string, bytes: Uint8Array, ctx: BytesContext): Promise<ImportItem> {
  const label = quoted(name);
  const fail = (message: string): ImportItem => ({ name, ok: false, message });
  if (bytes.length === 0) return fail(`${label} is empty`);
  if (bytes.length > MAX_FILE_BYTES) return fail(`${label} is too large (${formatSize(bytes.length)}; the limit is ${formatSize(MAX_FILE_BYTES)})`);
  const binary = knownBinaryFormat(bytes);
  if (binary) return fail(`${label} is ${binary}, not a text, Markdown or HTML document`);

  let format = formatForName(name);
  const { text, encoding } = format === 'html' ? decodeHtml(bytes) : decodeBytes(bytes);
  if (looksBinary(text)) return fail(`${label} looks like a binary file, not text`);
  if (isBlank(text)) return fail(`${label} is empty (it holds only whitespace)`);
  format ??= sniffFormat(text);

  const base = path.basename(name);
  const origin = { source: ctx.source, encoding, fallbackTitle: base.replace(/\.[^.]+$/, '') || base };
  if (format === 'text') return { name, ok: true, doc: textDoc(text, origin) };
  if (format === 'markdown') return { name, ok: true, doc: markdownDoc(text, origin) };
  const doc = await htmlDoc(text, { ...origin, pageUrl: ctx.fileUrl, loader: ctx.loader, reduce: true, imageBudgetMs: DEFAULT_TIMEOUT_MS });
  return doc ? { name, ok: true, doc } : fail(`${label} has no readable text`);
}

/**
 * Imports bytes named like a file: `.txt`, `.md`/`.markdown`, `.html`/`.htm` by extension, anything
 * else by sniffing text versus binary. `opts.source` becomes the document's source. Never throws.
 */
export async function importBytes(name: string, bytes: Uint8Array, opts: { source?: string } = {}): Promise<ImportItem> {
  try {
    return await importFileBytes(name, bytes, { source: opts.source ?? null, fileUrl: null, loader: dataLoader });
  } catch (err) {
    return { name, ok: false, message: `${quoted(name)} could not be imported: ${(err as Error).message}` };
  }
}

/** Why `name` (a file or folder) could not be read, in a person's words. */
export function readFailure(name: string, err: unknown): string {
  return readError(quoted(name), err);
}

function readError(label: string, err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `${label} does not exist (or is a broken link)`;
  if (code === 'EACCES' || code === 'EPERM') return `${label} cannot be read: permission denied`;
  if (code === 'EISDIR') return `${label} is a folder, not a file`;
  if (code === 'ELOOP') return `${label} is a link that points to itself`;
  return `${label} cannot be read: ${(err as Error).message}`;
}

/**
 * Imports one file from disk. Folders, missing files, broken links, files over 50 MB (checked
 * before reading), empty and binary files come back as `ok: false` with a message naming the file.
 */
export async function importPath(filePath: string): Promise<ImportItem> {
  const label = quoted(filePath);
  const fail = (message: string): ImportItem => ({ name: filePath, ok: false, message });
  try {
    const absolute = path.resolve(filePath);
    let stat;
    try {
      stat = await fs.stat(absolute);
    } catch (err) {
      return fail(readError(label, err));
    }
    if (stat.isDirectory()) return fail(`${label} is a folder, not a file`);
    if (!stat.isFile()) return fail(`${label} is not a regular file`);
    if (stat.size > MAX_FILE_BYTES) return fail(`${label} is too large (${formatSize(stat.size)}; the limit is ${formatSize(MAX_FILE_BYTES)})`);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await fs.readFile(absolute));
    } catch (err) {
      return fail(readError(label, err));
    }
    const item = await importFileBytes(filePath, bytes, {
      source: absolute,
      fileUrl: pathToFileURL(absolute).href,
      loader: combineLoaders(dataLoader, fileLoader(path.dirname(absolute))),
    });
    return item;
  } catch (err) {
    return fail(`${label} could not be imported: ${(err as Error).message}`);
  }
}
