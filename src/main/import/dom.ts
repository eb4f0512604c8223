// The one jsdom window the importers share: it parses untrusted HTML into inert documents and backs
// the shared sanitizer. It never runs scripts or loads resources (jsdom's defaults, kept on purpose).
import { JSDOM } from 'jsdom';
import { createSanitizer, type Sanitizer } from '../../shared/sanitize';

interface Shared {
  parser: DOMParser;
  sanitizer: Sanitizer;
}

let shared: Shared | null = null;

function get(): Shared {
  if (shared === null) {
    // Default options on purpose: no `runScripts`, no `resources: 'usable'`.
    const { window } = new JSDOM('<!doctype html><html><head></head><body></body></html>');
    shared = { parser: new window.DOMParser(), sanitizer: createSanitizer(window) };
  }
  return shared;
}

/**
 * Parses HTML into a detached, inert document (DOMParser documents never run scripts or fetch).
 * Its base URL is about:blank: callers resolve relative URLs themselves.
 */
export function parseHtml(html: string): Document {
  return get().parser.parseFromString(html, 'text/html');
}

/** Runs HTML through the shared sanitizer (src/shared/sanitize.ts): nothing that runs or loads survives. */
export function sanitizeHtml(html: string): string {
  return get().sanitizer.sanitizeArticleHtml(html);
}
