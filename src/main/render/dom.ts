// One lazily built jsdom window for Node-side HTML work (sanitizing, text models). jsdom never runs
// scripts or loads resources with these settings; it is costly to build, so it is made once.
import { createRequire } from 'node:module';
import type { JSDOM } from 'jsdom';
import { createSanitizer, type Sanitizer } from '../../shared/sanitize';

let dom: JSDOM | undefined;
let sanitizer: Sanitizer | undefined;
let uses = 0;
/** jsdom keeps a few KB alive per document a window parsed: a window is replaced after this many. */
const USES_PER_WINDOW = 200;

function recycle(): void {
  if (++uses < USES_PER_WINDOW) return;
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
  dom ??= new (loadJsdom().JSDOM)('<!doctype html><html><body></body></html>');
  return dom.window;
}

/** The shared DOMPurify wrapper over the Node window. */
export function nodeSanitizer(): Sanitizer {
  recycle();
  sanitizer ??= createSanitizer(nodeWindow());
  return sanitizer;
}
