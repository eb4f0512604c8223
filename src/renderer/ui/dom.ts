// Tiny helpers to build DOM nodes from code. Text always goes in as text nodes: no innerHTML here
// (the reader's article HTML is the one innerHTML site, after sanitizing).

type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;
type Child = Node | string | null | undefined | false;

/** Creates an element with attributes (on* keys become listeners) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2).toLowerCase(), v);
    else if (k === 'className') el.className = String(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

export function clear(el: Element): void {
  el.replaceChildren();
}

let dateFormat: Intl.DateTimeFormat | null = null;
/** Until the window's first paint, dates in en-US are written without ICU (see formatDate). */
let beforeFirstPaint = true;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The date as en-US's Intl.DateTimeFormat writes it ({ year: numeric, month: short, day: numeric }): "Jan 2, 2026". */
export function englishDate(d: Date): string {
  return `${MONTHS[d.getMonth()]} ${d.getDate()}, ${d.getFullYear()}`;
}

/**
 * Formats an ISO date for people, in their locale. One formatter for the page: building one per date
 * costs more than the row it is in. Building the first one starts ICU, which costs 15–130 ms: before
 * the first paint (`firstPaintDone`) an en-US page writes the same text itself instead.
 */
export function formatDate(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  if (!dateFormat && beforeFirstPaint && navigator.language === 'en-US') return englishDate(d);
  dateFormat ??= new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
  return dateFormat.format(d);
}

/** From now on dates go through Intl (rows drawn before show the same text in en-US). */
export function firstPaintDone(): void {
  beforeFirstPaint = false;
}

/** Resolves once the current frame has been painted (or soon, where frames are not drawn). */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}
