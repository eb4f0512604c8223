// The shapes the importers produce: one clean document per file, folder entry, paste or URL.
// Plain types and limits only — no I/O here.
import type { ContentFormat } from '../../shared/types';

/** An image the importer fetched, to be stored under the article's `assets/` folder. */
export interface ImportedAsset {
  /** File name, e.g. `img-1.png`; the content references it as `assets/<file>`. */
  file: string;
  bytes: Uint8Array;
  mime: string;
}

/** One imported document, ready for the library store. */
export interface ImportedDoc {
  title: string;
  author: string | null;
  /** The URL or file path it came from. */
  source: string | null;
  siteName: string | null;
  /** ISO date (or date-time) it was published, when known. */
  publishedAt: string | null;
  format: ContentFormat;
  /**
   * text: the whole text as read (BOM stripped, line ends normalised); markdown: the body without
   * front matter; html: sanitized article HTML whose images are `assets/<file>`.
   */
  content: string;
  assets: ImportedAsset[];
  /** The character encoding the bytes were read as, e.g. `utf-8`, `windows-1251`. */
  encoding: string;
}

/** The result for one input: a document, or a message a user can act on. Never an exception. */
export type ImportItem = { name: string; ok: true; doc: ImportedDoc } | { name: string; ok: false; message: string };

/** Options of a URL import. */
export interface UrlImportOptions {
  /** Whole-page timeout in milliseconds (default 15 s). */
  timeoutMs?: number;
  /** Redirects followed before giving up (default 5). */
  maxRedirects?: number;
  /** Largest page accepted, in bytes (default 50 MB). */
  maxBytes?: number;
  /** The fetch to use (default: the global one). */
  fetchImpl?: typeof fetch;
}

export const MAX_FILE_BYTES = 50 * 1024 * 1024;
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
export const MAX_IMAGES = 200;
export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_REDIRECTS = 5;

/** "51 MB", "50.5 MB", "812 KB", "12 bytes": sizes in messages. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
