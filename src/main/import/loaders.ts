// Where image bytes come from: data: URLs (decoded in place), files beside an imported HTML file
// (never outside its folder), and the web (bounded fetches). Loaders return bytes or null, never throw.
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fetchLimited } from './fetchLimited';
import { DEFAULT_MAX_REDIRECTS, DEFAULT_TIMEOUT_MS, MAX_IMAGE_BYTES } from './types';

/** Fetches one image's bytes; null when the URL is not this loader's or the fetch failed. */
export type ImageLoader = (url: URL, signal: AbortSignal) => Promise<Uint8Array | null>;

/** Decodes `data:` URLs (base64 or percent-encoded) up to the image size limit. */
export const dataLoader: ImageLoader = async (url) => {
  if (url.protocol !== 'data:') return null;
  const href = url.href;
  const comma = href.indexOf(',');
  if (comma < 0) return null;
  const header = href.slice(5, comma);
  const payload = href.slice(comma + 1);
  if (payload.length > MAX_IMAGE_BYTES * 1.4) return null;
  try {
    const bytes = /;base64$/i.test(header) ? Buffer.from(decodeURIComponent(payload), 'base64') : Buffer.from(decodeURIComponent(payload), 'latin1');
    return bytes.length > MAX_IMAGE_BYTES ? null : new Uint8Array(bytes);
  } catch {
    return null;
  }
};

/** Reads `file:` images inside `root` (the imported file's folder, symlinks resolved), up to the size limit. */
export function fileLoader(root: string): ImageLoader {
  return async (url) => {
    if (url.protocol !== 'file:') return null;
    try {
      const realRoot = await fs.realpath(root);
      const target = await fs.realpath(fileURLToPath(url));
      const rel = path.relative(realRoot, target);
      if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return null;
      const stat = await fs.stat(target);
      if (!stat.isFile() || stat.size > MAX_IMAGE_BYTES) return null;
      return new Uint8Array(await fs.readFile(target));
    } catch {
      return null;
    }
  };
}

/** Web image options: the page import's limits. */
export interface WebLoaderOptions {
  timeoutMs?: number;
  maxRedirects?: number;
  fetchImpl?: typeof fetch;
}

/** Fetches http(s) images with the same redirect rules as pages, 10 MB each. */
export function webLoader(opts: WebLoaderOptions): ImageLoader {
  return async (url, signal) => {
    if (!/^https?:$/.test(url.protocol)) return null;
    const res = await fetchLimited(url.href, {
      timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      maxRedirects: opts.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
      maxBytes: MAX_IMAGE_BYTES,
      fetchImpl: opts.fetchImpl ?? fetch,
      accept: 'image/png,image/jpeg,image/gif,image/webp,image/*;q=0.8',
      signal,
    });
    return res.ok ? res.bytes : null;
  };
}

/** Tries each loader in turn; the first that answers bytes wins. */
export function combineLoaders(...loaders: ImageLoader[]): ImageLoader {
  return async (url, signal) => {
    for (const load of loaders) {
      const bytes = await load(url, signal);
      if (bytes) return bytes;
    }
    return null;
  };
}
