// One lazily built jsdom window for Node-side HTML work (sanitizing, text models). jsdom never runs
// scripts or loads resources with these settings; it is costly to build, so it is made once.
import { createRequire } from 'node:module';
import type { JSDOM } from 'jsdom';
import { createSanitizer, type Sanitizer } from '../../shared/sanitize';

let dom: JSDOM | undefined;
let sanitizer: Sanitizer | undefined;
let trim: (() => void) | null = null;
let uses = 0;
/**
 * A window is replaced after this many documents: after many when its listeners can be trimmed
 * (a precaution only), after a few hundred when they cannot (jsdom then keeps every document alive).
 */
const USES_PER_WINDOW = 20_000;
const USES_PER_UNTRIMMED_WINDOW = 200;

function recycle(): void {
  trim?.();
  if (++uses < (trim ? USES_PER_WINDOW : USES_PER_UNTRIMMED_WINDOW)) return;
  uses = 0;
  dom?.window.close();
  dom = undefined;
  sanitizer = undefined;
}

/** jsdom takes seconds to load: it is required on first use, not at start-up. */
export function loadJsdom(): typeof import('jsdom') {
  return createRequire(import.meta.url)('jsdom') as typeof import('jsdom');
}

export function nodeWindow(): JSDOM['window'] {
  if (!dom) {
    dom = new (loadJsdom().JSDOM)('<!doctype html><html><body></body></html>');
    trim = listenerTrimmer(dom.window);
  }
  return dom.window;
}

/** The shared DOMPurify wrapper over the Node window. */
export function nodeSanitizer(): Sanitizer {
  recycle();
  sanitizer ??= createSanitizer(nodeWindow());
  return sanitizer;
}

/**
 * jsdom 28 gives every document it creates (each DOMPurify parse, each DOMParser call) a selector
 * engine that registers nine listeners on the window (focus, key and mouse tracking for
 * `:focus-visible`) and never removes them: a window that parses many documents keeps every one
 * of them alive, and each addEventListener scans the growing lists, so the thousandth parse costs
 * about twice the first. Nothing ever dispatches an event on these inert windows, so the window's
 * listener lists are cut back to what they held when it was new: what jsdom's own window.close()
 * does to them, without closing the window. Null when jsdom's internals are not as expected
 * (another jsdom version): callers then replace windows after a few hundred documents instead.
 */
export function listenerTrimmer(window: object): (() => void) | null {
  const implKey = Object.getOwnPropertySymbols(window).find((s) => s.description === 'impl');
  const impl = implKey ? (window as Record<symbol, unknown>)[implKey] : undefined;
  const lists = impl && typeof impl === 'object' ? (impl as { _eventListeners?: unknown })._eventListeners : undefined;
  if (!lists || typeof lists !== 'object') return null;
  const table = lists as Record<string, unknown>;
  const baseline = new Map<string, number>();
  for (const [type, list] of Object.entries(table)) {
    if (!Array.isArray(list)) return null;
    baseline.set(type, list.length);
  }
  return () => {
    // The same table still (window.close() replaces it): otherwise there is nothing to trim.
    if ((impl as { _eventListeners?: unknown })._eventListeners !== table) return;
    for (const [type, list] of Object.entries(table)) {
      if (Array.isArray(list) && list.length > (baseline.get(type) ?? 0)) list.length = baseline.get(type) ?? 0;
    }
  };
}
