// The library list: every article (title, source or author, date added, highlight count), newest
// first, as a listbox navigable with the arrow keys, Home/End and Enter.
import type { ArticleSummary } from '../../shared/types';
import { clear, formatDate, h } from '../ui/dom';

export interface LibraryListOptions {
  onOpen(id: string): void;
}

export class LibraryList {
  readonly element: HTMLElement;
  private rows: ArticleSummary[] = [];
  private selected: string | null = null;

  constructor(private readonly options: LibraryListOptions, label: string) {
    this.element = h('ul', { className: 'library-list', role: 'listbox', 'aria-label': label, tabindex: 0 });
    this.element.addEventListener('keydown', (e) => this.onKey(e));
    this.element.addEventListener('focus', () => {
      if (!this.selected && this.rows[0]) this.select(this.rows[0].id, false);
    });
  }

  setRows(rows: ArticleSummary[], selected: string | null): void {
    this.rows = rows;
    this.selected = selected;
    this.render();
  }

  private render(): void {
    clear(this.element);
    if (this.rows.length === 0) {
      this.element.append(h('li', { className: 'empty', role: 'presentation' }, 'Nothing here yet.'));
      return;
    }
    for (const row of this.rows) {
      const by = [row.siteName ?? hostOf(row.source), row.author].filter(Boolean).join(' · ');
      const item = h(
        'li',
        { role: 'option', id: `article-option-${row.id}`, 'aria-selected': String(row.id === this.selected), 'data-id': row.id, onclick: () => this.select(row.id, true) },
        h('span', { className: 'title' }, row.title),
        h('span', { className: 'meta' }, by || 'Unknown source', h('span', { className: 'added' }, ` · added ${formatDate(row.addedAt)}`)),
        row.highlightCount > 0 ? h('span', { className: 'count', 'aria-label': `${row.highlightCount} highlights` }, String(row.highlightCount)) : null,
      );
      this.element.append(item);
    }
    this.updateActive();
  }

  private updateActive(): void {
    if (this.selected) this.element.setAttribute('aria-activedescendant', `article-option-${this.selected}`);
    else this.element.removeAttribute('aria-activedescendant');
  }

  private select(id: string, open: boolean): void {
    this.selected = id;
    for (const li of this.element.querySelectorAll<HTMLElement>('[role=option]')) {
      li.setAttribute('aria-selected', String(li.dataset.id === id));
    }
    this.updateActive();
    this.element.querySelector(`[data-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'nearest' });
    if (open) this.options.onOpen(id);
  }

  private onKey(e: KeyboardEvent): void {
    if (this.rows.length === 0) return;
    const i = Math.max(0, this.rows.findIndex((r) => r.id === this.selected));
    const go = (j: number) => {
      e.preventDefault();
      this.select(this.rows[Math.min(this.rows.length - 1, Math.max(0, j))]!.id, false);
    };
    if (e.key === 'ArrowDown') go(i + 1);
    else if (e.key === 'ArrowUp') go(i - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(this.rows.length - 1);
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      if (this.selected) this.options.onOpen(this.selected);
    }
  }
}

function hostOf(source: string | null): string | null {
  if (!source || !/^https?:/i.test(source)) return null;
  try {
    return new URL(source).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}
