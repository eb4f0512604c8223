// The small toolbar shown at a selection or a clicked highlight: five colours, Note, Tag, and
// (for an existing highlight) Delete. A role=toolbar with arrow-key navigation and Escape to close.
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../shared/types';
import { h } from '../ui/dom';

export interface ToolbarTarget {
  /** Where to show it (viewport coordinates of the selection or mark). */
  rect: DOMRect;
  /** The highlight being edited, or null for a fresh selection. */
  highlightId: string | null;
  color: HighlightColor | null;
  /** Other highlights under the same spot, to switch to. */
  others: Array<{ id: string; label: string }>;
}

export interface ToolbarActions {
  color(color: HighlightColor): void;
  note(): void;
  tag(): void;
  remove(): void;
  switchTo(id: string): void;
  close(): void;
}

const label = (c: string) => c[0]!.toUpperCase() + c.slice(1);

export class HighlightToolbar {
  readonly element: HTMLElement;
  private target: ToolbarTarget | null = null;

  constructor(private readonly actions: ToolbarActions) {
    this.element = h('div', { className: 'hl-toolbar', role: 'toolbar', 'aria-label': 'Highlight', hidden: true });
    this.element.addEventListener('keydown', (e) => this.onKey(e));
    this.element.addEventListener('mousedown', (e) => {
      // Keep the page selection alive while a button is pressed.
      if ((e.target as HTMLElement).closest('button')) e.preventDefault();
    });
  }

  get open(): boolean {
    return !this.element.hidden;
  }

  get current(): ToolbarTarget | null {
    return this.target;
  }

  show(target: ToolbarTarget, focus = false): void {
    this.target = target;
    const buttons: HTMLElement[] = HIGHLIGHT_COLORS.map((c) =>
      h('button', {
        type: 'button',
        className: `swatch swatch-${c}`,
        'aria-label': label(c),
        'aria-pressed': target.highlightId ? String(target.color === c) : null,
        title: label(c),
        onclick: () => this.actions.color(c),
      }),
    );
    buttons.push(h('button', { type: 'button', onclick: () => this.actions.note() }, 'Note'));
    buttons.push(h('button', { type: 'button', onclick: () => this.actions.tag() }, 'Tag'));
    if (target.highlightId) buttons.push(h('button', { type: 'button', className: 'danger', onclick: () => this.actions.remove() }, 'Delete'));
    for (const other of target.others) {
      buttons.push(h('button', { type: 'button', className: 'switch', onclick: () => this.actions.switchTo(other.id) }, `Also here: ${other.label}`));
    }
    buttons.forEach((b, i) => (b.tabIndex = i === 0 ? 0 : -1));
    this.element.replaceChildren(...buttons);
    this.element.hidden = false;
    this.place(target.rect);
    if (focus) (this.element.querySelector<HTMLElement>('[aria-pressed=true]') ?? buttons[0])?.focus();
  }

  hide(): void {
    this.element.hidden = true;
    this.target = null;
  }

  private place(rect: DOMRect): void {
    const bar = this.element.getBoundingClientRect();
    const top = rect.top - bar.height - 8 >= 8 ? rect.top - bar.height - 8 : rect.bottom + 8;
    const left = Math.min(Math.max(8, rect.left + rect.width / 2 - bar.width / 2), window.innerWidth - bar.width - 8);
    this.element.style.top = `${Math.round(top)}px`;
    this.element.style.left = `${Math.round(left)}px`;
  }

  private onKey(e: KeyboardEvent): void {
    const buttons = Array.from(this.element.querySelectorAll<HTMLButtonElement>('button'));
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const move = (j: number) => {
      e.preventDefault();
      const next = buttons[(j + buttons.length) % buttons.length]!;
      buttons.forEach((b) => (b.tabIndex = b === next ? 0 : -1));
      next.focus();
    };
    if (e.key === 'ArrowRight') move(i + 1);
    else if (e.key === 'ArrowLeft') move(i - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(buttons.length - 1);
    else if (e.key === 'Escape') {
      e.preventDefault();
      this.actions.close();
    }
  }
}
