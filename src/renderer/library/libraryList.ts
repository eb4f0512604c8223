// The library list: every article (title, source or author, date added, highlight count), newest
// first, as a listbox navigable with the arrow keys, Page Up/Down, Home/End and Enter. Long lists are
// virtualised: only the rows in view (and a few around them) are in the DOM, between two spacers.
// The rows may arrive in two steps (a first page, then the rest): rows not here yet show as
// placeholders of the same height, so the scrollbar never jumps.
import type { ArticleListItem } from '../../shared/api/contract';
import { clear, formatDate, h } from '../ui/dom';

export interface LibraryListOptions {
  onOpen(id: string): void;
}

/** Up to this many rows every row is in the DOM; beyond it the list is virtualised. */
const ALL_ROWS_UP_TO = 200;
/** Rows rendered above and below the visible ones. */
const OVERSCAN = 12;
const FALLBACK_ROW_HEIGHT = 58;

export class LibraryList {
  readonly element: HTMLElement;
  private rows: ArticleListItem[] = [];
  /** Rows in the whole list: more than `rows` while only its first page is here. */
  private total = 0;
  private selected: string | null = null;
  private rowHeight = 0;
  private shown = { start: -1, end: -1 };
  private frame = 0;
  /** The rows in the DOM by article id, with what they show: a render keeps a row that did not change. */
  private rendered = new Map<string, { li: HTMLElement; key: string }>();
  private readonly topSpacer = spacer();
  private readonly bottomSpacer = spacer();

  constructor(private readonly options: LibraryListOptions, label: string) {
    this.element = h('ul', { className: 'library-list', role: 'listbox', 'aria-label': label, tabindex: 0 });
    this.element.addEventListener('keydown', (e) => this.onKey(e));
    this.element.addEventListener('focus', () => {
      if (!this.selected && this.rows[0]) this.select(this.rows[0].id, false);
    });
    this.element.addEventListener('scroll', () => {
      if (!this.virtual || this.frame) return;
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.renderWindow(false);
      });
    }, { passive: true });
  }

  /** The row the keyboard is on. */
  get selectedId(): string | null {
    return this.selected;
  }

  /**
   * Shows `rows` with `selected` (the open article) selected — unless the list has the focus and the
   * person moved the selection meanwhile: an article that finished opening must not pull it back.
   * `total` is the length of the whole list when `rows` is only its beginning.
   */
  setRows(rows: ArticleListItem[], selected: string | null, total = rows.length): void {
    const navigating = document.activeElement === this.element && this.selected !== null && rows.some((r) => r.id === this.selected);
    this.rows = rows;
    this.total = Math.max(total, rows.length);
    if (!navigating) this.selected = selected;
    this.render();
  }

  private get virtual(): boolean {
    return this.total > ALL_ROWS_UP_TO;
  }

  private render(): void {
    if (this.rows.length === 0) {
      this.rendered.clear();
      clear(this.element);
      this.element.append(h('li', { className: 'empty', role: 'presentation' }, 'Nothing here yet.'));
      this.updateActive();
      return;
    }
    if (this.virtual) return this.renderWindow(true);
    const next = new Map<string, { li: HTMLElement; key: string }>();
    this.place(this.rows.map((row, i) => this.item(row, i, next)));
    this.rendered = next;
    this.updateActive();
  }

  /**
   * Makes `nodes` the list's children, moving only those out of place: rows that stay where they
   * were are never detached, so a click pressed during a re-render still lands on its row.
   */
  private place(nodes: HTMLElement[]): void {
    const el = this.element;
    nodes.forEach((node, i) => {
      const at = el.children[i];
      if (at !== node) el.insertBefore(node, at ?? null);
    });
    while (el.children.length > nodes.length) el.lastElementChild!.remove();
  }

  /** The row for `row` at `index`: the one already in the DOM when it shows the same, else a new one. Recorded in `into`. */
  private item(row: ArticleListItem, index: number, into?: Map<string, { li: HTMLElement; key: string }>): HTMLElement {
    const by = byline(row);
    const added = formatDate(row.addedAt);
    const key = [row.title, by, added, row.highlightCount, this.virtual ? `${index}/${this.total}/${this.rowHeight}` : ''].join('\u0001');
    const old = this.rendered.get(row.id);
    if (old && old.key === key && !into?.has(row.id)) {
      old.li.setAttribute('aria-selected', String(row.id === this.selected));
      into?.set(row.id, old);
      return old.li;
    }
    const li = this.build(row, index, by, added);
    into?.set(row.id, { li, key });
    return li;
  }

  private build(row: ArticleListItem, index: number, by: string, added: string): HTMLElement {
    const title = h('span', { className: 'title' }, row.title);
    const meta = h('span', { className: 'meta' }, by || 'Unknown source', h('span', { className: 'added' }, ` · added ${added}`));
    const li = h(
      'li',
      { role: 'option', id: `article-option-${row.id}`, 'aria-selected': String(row.id === this.selected), 'data-id': row.id, onclick: () => this.select(row.id, true) },
      title,
      meta,
      row.highlightCount > 0 ? h('span', { className: 'count', 'aria-label': `${row.highlightCount} highlights` }, String(row.highlightCount)) : null,
    );
    if (this.virtual) {
      // Every row one line high, so a row's place is its index times the row height.
      li.setAttribute('aria-setsize', String(this.total));
      li.setAttribute('aria-posinset', String(index + 1));
      li.style.boxSizing = 'border-box';
      li.style.overflow = 'hidden';
      if (this.rowHeight) li.style.height = `${this.rowHeight}px`;
      for (const line of [title, meta]) {
        line.style.whiteSpace = 'nowrap';
        line.style.overflow = 'hidden';
        line.style.textOverflow = 'ellipsis';
        line.style.minWidth = '0';
      }
    }
    return li;
  }

  /** Height of one (one-line) row, measured once from a real row. */
  private measure(): number {
    if (this.rowHeight) return this.rowHeight;
    const row = this.rows[0]!;
    const probe = this.build(row, 0, byline(row), formatDate(row.addedAt));
    this.element.replaceChildren(probe);
    const height = probe.getBoundingClientRect().height;
    if (height > 0) this.rowHeight = height;
    return height || FALLBACK_ROW_HEIGHT;
  }

  /** Renders the rows in view between a top and a bottom spacer (only when the window moved, unless forced). */
  private renderWindow(force: boolean): void {
    const rh = this.measure();
    const top = Math.max(0, this.element.scrollTop - this.padTop());
    const view = this.element.clientHeight || 1000;
    const start = Math.max(0, Math.floor(top / rh) - OVERSCAN);
    const end = Math.min(this.total, Math.ceil((top + view) / rh) + OVERSCAN);
    if (!force && start === this.shown.start && end === this.shown.end) return;
    this.shown = { start, end };
    const items: HTMLElement[] = [];
    const next = new Map<string, { li: HTMLElement; key: string }>();
    for (let i = start; i < end; i++) {
      const row = this.rows[i];
      items.push(row ? this.item(row, i, next) : placeholder(rh));
    }
    this.topSpacer.style.height = `${start * rh}px`;
    this.bottomSpacer.style.height = `${(this.total - end) * rh}px`;
    this.place([this.topSpacer, ...items, this.bottomSpacer]);
    this.rendered = next;
    this.updateActive();
  }

  private padTop(): number {
    return Number.parseFloat(getComputedStyle(this.element).paddingTop) || 0;
  }

  /** aria-activedescendant names the selected row while it is in the DOM. */
  private updateActive(): void {
    const id = this.selected && `article-option-${this.selected}`;
    if (id && this.element.querySelector(`#${CSS.escape(id)}`)) this.element.setAttribute('aria-activedescendant', id);
    else this.element.removeAttribute('aria-activedescendant');
  }

  private select(id: string, open: boolean): void {
    this.selected = id;
    if (this.virtual) {
      this.scrollToIndex(this.rows.findIndex((r) => r.id === id));
      this.renderWindow(true);
    } else {
      for (const li of this.element.querySelectorAll<HTMLElement>('[role=option]')) {
        li.setAttribute('aria-selected', String(li.dataset.id === id));
      }
      this.updateActive();
      this.element.querySelector(`[data-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'nearest' });
    }
    if (open) this.options.onOpen(id);
  }

  /** Scrolls just enough to show row `i` (a virtual list's rows may not be in the DOM yet). */
  private scrollToIndex(i: number): void {
    if (i < 0) return;
    const rh = this.measure();
    const top = this.padTop() + i * rh;
    const el = this.element;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + rh > el.scrollTop + el.clientHeight) el.scrollTop = top + rh - el.clientHeight;
  }

  private onKey(e: KeyboardEvent): void {
    if (this.rows.length === 0) return;
    const i = Math.max(0, this.rows.findIndex((r) => r.id === this.selected));
    const page = Math.max(1, Math.floor(this.element.clientHeight / (this.rowHeight || FALLBACK_ROW_HEIGHT)) - 1);
    const go = (j: number) => {
      e.preventDefault();
      this.select(this.rows[Math.min(this.rows.length - 1, Math.max(0, j))]!.id, false);
    };
    if (e.key === 'ArrowDown') go(i + 1);
    else if (e.key === 'ArrowUp') go(i - 1);
    else if (e.key === 'PageDown') go(i + page);
    else if (e.key === 'PageUp') go(i - page);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(this.rows.length - 1);
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      if (this.selected) this.options.onOpen(this.selected);
    }
  }
}

function spacer(): HTMLElement {
  const li = h('li', { role: 'presentation', 'aria-hidden': 'true' });
  li.style.padding = '0';
  return li;
}

/** A row still on its way (the list's first page came first). */
function placeholder(height: number): HTMLElement {
  const li = h('li', { role: 'presentation', className: 'loading', 'aria-hidden': 'true' }, 'Loading…');
  li.style.height = `${height}px`;
  li.style.boxSizing = 'border-box';
  return li;
}

function byline(row: ArticleListItem): string {
  return [row.siteName ?? hostOf(row.source), row.author].filter(Boolean).join(' · ');
}

function hostOf(source: string | null): string | null {
  if (!source || !/^https?:/i.test(source)) return null;
  try {
    return new URL(source).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}
