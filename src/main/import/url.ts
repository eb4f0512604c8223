// Imports a web page by URL: a bounded fetch (redirects, timeout, size), a refusal for anything
// that is not a page, then the HTML pipeline with the page's images downloaded. Never throws.
import { decodeBytes } from './decode';
import { fetchLimited } from './fetchLimited';
import { decodeHtml, headerCharset } from './htmlDecode';
import { htmlDoc } from './htmlDoc';
import { combineLoaders, dataLoader, webLoader } from './loaders';
import { markdownDoc } from './markdownDoc';
import { isBlank, knownBinaryFormat, looksBinary, sniffFormat } from './sniff';
import { textDoc } from './textDoc';
import { DEFAULT_MAX_REDIRECTS, DEFAULT_TIMEOUT_MS, MAX_FILE_BYTES, type ImportItem, type UrlImportOptions } from './types';

const ACCEPT = 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,text/markdown;q=0.8,*/*;q=0.1';

function describeType(type: string): string {
  if (type.startsWith('image/')) return 'an image';
  if (type === 'application/pdf') return 'a PDF document';
  if (type.startsWith('video/')) return 'a video';
  if (type.startsWith('audio/')) return 'an audio file';
  if (type === 'application/json' || type.endsWith('+json')) return 'JSON data';
  return 'a file';
}

type Kind = 'html' | 'markdown' | 'text' | 'sniff' | { refuse: string };

function kindOf(type: string, url: URL): Kind {
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'text/markdown' || type === 'text/x-markdown') return 'markdown';
  if (type === 'text/plain') return /\.(md|markdown|mdown|mkd)$/i.test(url.pathname) ? 'markdown' : 'text';
  if (type === '' || type === 'application/octet-stream') return 'sniff';
  return { refuse: `the address points to ${describeType(type)} (${type}), not a web page` };
}

/**
 * Imports the page at `url` (http/https only): follows up to `maxRedirects` redirects, gives up
 * after `timeoutMs` ("timed out after 15 s"), refuses error statuses ("the server answered 404
 * Not Found") and non-pages (images, PDFs), and stores the article's images as assets.
 */
export async function importUrl(url: string, opts: UrlImportOptions = {}): Promise<ImportItem> {
  const fail = (message: string): ImportItem => ({ name: url, ok: false, message });
  try {
    const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const maxRedirects = opts.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
    const fetchImpl = opts.fetchImpl ?? fetch;
    const res = await fetchLimited(url.trim(), { timeoutMs, maxRedirects, maxBytes: opts.maxBytes ?? MAX_FILE_BYTES, fetchImpl, accept: ACCEPT });
    if (!res.ok) return fail(res.message);

    const finalUrl = new URL(res.url);
    const type = (res.contentType.split(';')[0] ?? '').trim().toLowerCase();
    let kind = kindOf(type, finalUrl);
    if (typeof kind === 'object') return fail(kind.refuse);
    if (res.bytes.length === 0) return fail('the page is empty');
    const binary = knownBinaryFormat(res.bytes);
    if (binary) return fail(`the address points to ${binary}, not a web page`);

    const declared = headerCharset(res.contentType);
    const decoded = kind === 'html' || kind === 'sniff' ? decodeHtml(res.bytes, declared) : decodeBytes(res.bytes);
    if (looksBinary(decoded.text)) return fail('the address points to a binary file, not a web page');
    if (isBlank(decoded.text)) return fail('the page is empty');
    if (kind === 'sniff') kind = sniffFormat(decoded.text);

    const fallbackTitle = finalUrl.hostname.replace(/^www\./, '') + (finalUrl.pathname === '/' ? '' : finalUrl.pathname);
    const origin = { source: res.url, encoding: decoded.encoding, fallbackTitle };
    if (kind === 'text') return { name: url, ok: true, doc: textDoc(decoded.text, origin) };
    if (kind === 'markdown') return { name: url, ok: true, doc: markdownDoc(decoded.text, origin) };
    const doc = await htmlDoc(decoded.text, {
      ...origin,
      pageUrl: res.url,
      loader: combineLoaders(dataLoader, webLoader({ timeoutMs, maxRedirects, fetchImpl })),
      reduce: true,
      imageBudgetMs: Math.max(4 * timeoutMs, 30_000),
    });
    return doc ? { name: url, ok: true, doc } : fail('the page has no readable text');
  } catch (err) {
    return fail(`the page could not be imported: ${(err as Error).message}`);
  }
}
