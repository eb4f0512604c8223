// Scrolls to a passage given as text offsets and flashes it, without touching the article's DOM:
// the CSS Custom Highlight API paints the range (highlight marks and the text model stay as they are).
import type { App } from '../app';

let timer: number | undefined;

export function flashPassage(app: App, start: number, end: number): boolean {
  const range = app.highlights.rangeOf(start, end);
  if (!range) return false;
  const scroller = app.reader.element.querySelector('.reader-scroll')!;
  const r = range.getBoundingClientRect();
  const box = scroller.getBoundingClientRect();
  if (r.top < box.top + 40 || r.bottom > box.bottom - 40) scroller.scrollBy({ top: r.top - box.top - box.height / 3 });
  const registry = (CSS as unknown as { highlights?: Map<string, unknown> }).highlights;
  const HighlightCtor = (window as unknown as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
  if (registry && HighlightCtor) {
    registry.set('stat-flash', new HighlightCtor(range));
    window.clearTimeout(timer);
    timer = window.setTimeout(() => registry.delete('stat-flash'), 1600);
  }
  app.reader.root.dataset.flashed = `${start}-${end}`;
  return true;
}
