// A small dialog to write a highlight's note or its tags, anchored like the toolbar. Ctrl/Cmd+Enter
// saves, Escape cancels; focus returns to where it came from.
import { h } from '../ui/dom';

export interface EditorRequest {
  title: string;
  label: string;
  value: string;
  multiline: boolean;
  rect: DOMRect;
  hint?: string;
  /** Values offered while typing (single-line fields). */
  suggestions?: () => string[];
  save(value: string): void;
  cancel(): void;
}

export class NoteEditor {
  readonly element: HTMLElement;

  constructor() {
    this.element = h('div', { className: 'note-editor', role: 'dialog', 'aria-modal': 'false', hidden: true });
  }

  get open(): boolean {
    return !this.element.hidden;
  }

  show(req: EditorRequest): void {
    const id = `editor-${Math.random().toString(36).slice(2)}`;
    const listId = `${id}-list`;
    const field = req.multiline
      ? h('textarea', { id, rows: 5, className: 'editor-field' })
      : h('input', { id, type: 'text', className: 'editor-field', autocomplete: 'off', list: req.suggestions ? listId : null });
    const options = req.suggestions && !req.multiline ? [h('datalist', { id: listId }, ...req.suggestions().slice(0, 50).map((v) => h('option', { value: v })))] : [];
    (field as HTMLInputElement | HTMLTextAreaElement).value = req.value;
    const save = () => {
      const value = (field as HTMLInputElement | HTMLTextAreaElement).value;
      this.hide();
      req.save(value);
    };
    const cancel = () => {
      this.hide();
      req.cancel();
    };
    field.addEventListener('keydown', (e) => {
      const k = e as KeyboardEvent;
      if (k.key === 'Escape') {
        k.preventDefault();
        cancel();
      } else if (k.key === 'Enter' && (!req.multiline || k.ctrlKey || k.metaKey)) {
        k.preventDefault();
        save();
      }
    });
    this.element.setAttribute('aria-label', req.title);
    const hint = req.hint ? [h('p', { className: 'editor-hint' }, req.hint)] : [];
    this.element.replaceChildren(
      h('label', { for: id, className: 'editor-label' }, req.label),
      field,
      ...options,
      ...hint,
      h(
        'div',
        { className: 'editor-actions' },
        h('button', { type: 'button', onclick: cancel }, 'Cancel'),
        h('button', { type: 'button', className: 'primary', onclick: save }, 'Save'),
      ),
    );
    this.element.hidden = false;
    const box = this.element.getBoundingClientRect();
    const top = Math.min(req.rect.bottom + 8, window.innerHeight - box.height - 8);
    const left = Math.min(Math.max(8, req.rect.left), window.innerWidth - box.width - 8);
    this.element.style.top = `${Math.round(Math.max(8, top))}px`;
    this.element.style.left = `${Math.round(left)}px`;
    field.focus();
  }

  hide(): void {
    this.element.hidden = true;
    this.element.replaceChildren();
  }
}
