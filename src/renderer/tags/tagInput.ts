// Chips plus a text field for a list of tags: Enter or comma adds (autocompleted from existing
// tags by frequency, then recency), a chip's × or Backspace in the empty field removes.
import { h } from '../ui/dom';

export interface TagInputOptions {
  label: string;
  tags: string[];
  suggestions: () => string[];
  /** The list as shown now, and what the person changed in it (to send as a change, not as the whole list). */
  onChange(tags: string[], change: { added: string[]; removed: string[] }): void;
}

/** The field's element; `setTags` shows tags changed elsewhere without touching what is being typed. */
export interface TagInputElement extends HTMLElement {
  setTags(tags: readonly string[]): void;
}

let counter = 0;

export function tagInput(options: TagInputOptions): TagInputElement {
  const listId = `tag-suggestions-${++counter}`;
  const datalist = h('datalist', { id: listId });
  const field = h('input', { type: 'text', className: 'tag-field', 'aria-label': options.label, list: listId, placeholder: 'Add tag…', autocomplete: 'off' });
  const chips = h('ul', { className: 'chips', 'aria-label': `${options.label}: current tags` });
  let tags = [...options.tags];

  const render = () => {
    chips.replaceChildren(
      ...tags.map((t) =>
        h(
          'li',
          { className: 'chip' },
          `#${t}`,
          h('button', { type: 'button', className: 'chip-remove', 'aria-label': `Remove tag ${t}`, onclick: () => remove(t) }, '×'),
        ),
      ),
    );
  };
  const commit = (next: string[]) => {
    const before = tags;
    tags = next;
    render();
    options.onChange(tags, { added: next.filter((t) => !before.includes(t)), removed: before.filter((t) => !next.includes(t)) });
  };
  const remove = (t: string) => commit(tags.filter((x) => x !== t));
  const add = () => {
    const typed = field.value.split(',').map((x) => x.trim()).filter(Boolean);
    field.value = '';
    if (typed.length) commit([...tags, ...typed]);
  };
  field.addEventListener('focus', () => {
    datalist.replaceChildren(...options.suggestions().filter((s) => !tags.includes(s)).slice(0, 50).map((s) => h('option', { value: s })));
  });
  field.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ',') {
      e.preventDefault();
      add();
    } else if (e.key === 'Backspace' && field.value === '' && tags.length) {
      e.preventDefault();
      remove(tags[tags.length - 1]!);
    }
  });
  field.addEventListener('change', () => {
    if (field.value.trim()) add();
  });
  render();
  const setTags = (next: readonly string[]) => {
    if (next.length === tags.length && next.every((t, i) => t === tags[i])) return;
    tags = [...next];
    render();
  };
  return Object.assign(h('div', { className: 'tag-input' }, chips, field, datalist), { setTags });
}
