// The jsdom window the importers share: it parses untrusted HTML into inert documents and backs
// the shared sanitizer. It never runs scripts or loads resources (jsdom's defaults, kept on purpose).
//
// jsdom 28 keeps every document a window ever parsed alive, whole tree included (each document's
// selector engine registers listeners on the window that only window.close() removes), so a window
// is retired after DOCS_PER_WINDOW documents and closed once the imports still using it are done.
import { createSanitizer } from '../../shared/sanitize';
import { loadJsdom } from '../render/dom';

/** Parsing and sanitizing on one window, for the duration of one import. */
export interface DomLease {
  /** Parses HTML into a detached, inert document (base URL about:blank: callers resolve URLs themselves). */
  parse(html: string): Document;
  /** Runs HTML through the shared sanitizer (src/shared/sanitize.ts): nothing that runs or loads survives. */
  sanitize(html: string): string;
}

interface Generation {
  window: { close(): void };
  parser: DOMParser;
  sanitize: (html: string) => string;
  docs: number;
  leases: number;
  retired: boolean;
}

const DOCS_PER_WINDOW = 150;
let current: Generation | null = null;

function fresh(): Generation {
  // Default options on purpose: no `runScripts`, no `resources: 'usable'`.
  const { window } = new (loadJsdom().JSDOM)('<!doctype html><html><head></head><body></body></html>');
  const sanitizer = createSanitizer(window);
  return { window, parser: new window.DOMParser(), sanitize: (html) => sanitizer.sanitizeArticleHtml(html), docs: 0, leases: 0, retired: false };
}

function retireIfIdle(gen: Generation): void {
  if (gen.retired && gen.leases === 0) gen.window.close();
}

/** Runs `work` with a window that stays open until it finishes. */
export async function withDom<T>(work: (dom: DomLease) => Promise<T>): Promise<T> {
  if (current === null || current.docs >= DOCS_PER_WINDOW) {
    if (current) {
      current.retired = true;
      retireIfIdle(current);
    }
    current = fresh();
  }
  const gen = current;
  gen.leases++;
  const lease: DomLease = {
    parse(html) {
      gen.docs++;
      return gen.parser.parseFromString(html, 'text/html');
    },
    sanitize(html) {
      gen.docs++;
      return gen.sanitize(html);
    },
  };
  try {
    return await work(lease);
  } finally {
    gen.leases--;
    retireIfIdle(gen);
  }
}
