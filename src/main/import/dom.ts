// The jsdom window the importers share: it parses untrusted HTML into inert documents and backs
// the shared sanitizer. It never runs scripts or loads resources (jsdom's defaults, kept on purpose).
//
// jsdom 28 keeps every document a window ever parsed alive, whole tree included (each document's
// selector engine registers listeners on the window that only window.close() removes): those
// listeners are trimmed after each document (listenerTrimmer), and a window is retired after
// DOCS_PER_WINDOW documents (far fewer when they cannot be trimmed) and closed once the imports
// still using it are done.
import { createSanitizer } from '../../shared/sanitize';
import { listenerTrimmer, loadJsdom } from '../render/dom';

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
  /** Cuts the window's listener lists back (null: they cannot be, the window retires early). */
  trim: (() => void) | null;
  docs: number;
  leases: number;
  retired: boolean;
}

const DOCS_PER_WINDOW = 5_000;
const DOCS_PER_UNTRIMMED_WINDOW = 150;
let current: Generation | null = null;

function fresh(): Generation {
  // Default options on purpose: no `runScripts`, no `resources: 'usable'`.
  const { window } = new (loadJsdom().JSDOM)('<!doctype html><html><head></head><body></body></html>');
  const sanitizer = createSanitizer(window);
  return { window, parser: new window.DOMParser(), sanitize: (html) => sanitizer.sanitizeArticleHtml(html), trim: listenerTrimmer(window), docs: 0, leases: 0, retired: false };
}

function retireIfIdle(gen: Generation): void {
  if (gen.retired && gen.leases === 0) gen.window.close();
}

/** Runs `work` with a window that stays open until it finishes. */
export async function withDom<T>(work: (dom: DomLease) => Promise<T>): Promise<T> {
  if (current === null || current.docs >= (current.trim ? DOCS_PER_WINDOW : DOCS_PER_UNTRIMMED_WINDOW)) {
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
      try {
        return gen.parser.parseFromString(html, 'text/html');
      } finally {
        gen.trim?.();
      }
    },
    sanitize(html) {
      gen.docs++;
      try {
        return gen.sanitize(html);
      } finally {
        gen.trim?.();
      }
    },
  };
  try {
    return await work(lease);
  } finally {
    gen.leases--;
    retireIfIdle(gen);
  }
}
