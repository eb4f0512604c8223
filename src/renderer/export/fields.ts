// Labelled form controls for the Export dialog: radio groups in a fieldset, checkboxes and a select.
// Each control carries its own label so every one has an accessible name. No export logic here.
import { h } from '../ui/dom';

let counter = 0;
const nextId = (name: string) => `export-${name}-${++counter}`;

/** A fieldset of radio buttons with a legend; `value` reads the checked one. */
export interface RadioGroup<T extends string> {
  element: HTMLFieldSetElement;
  value(): T;
  set(value: T): void;
  /** Enables or disables one choice and sets its label (e.g. the article's title). */
  update(value: T, enabled: boolean, label?: string): void;
}

export function radioGroup<T extends string>(
  name: string,
  legend: string,
  choices: ReadonlyArray<{ value: T; label: string }>,
  onChange: () => void,
): RadioGroup<T> {
  const group = nextId(name);
  const inputs = new Map<T, { input: HTMLInputElement; label: HTMLLabelElement }>();
  const rows = choices.map(({ value, label }) => {
    const id = nextId(`${name}-${value}`);
    const input = h('input', { type: 'radio', name: group, id, value, onchange: onChange });
    const text = h('label', { for: id }, label);
    inputs.set(value, { input, label: text });
    return h('div', { className: 'export-choice' }, input, text);
  });
  inputs.get(choices[0]!.value)!.input.checked = true;
  return {
    element: h('fieldset', { className: 'export-group' }, h('legend', {}, legend), ...rows),
    value: () => [...inputs.entries()].find(([, x]) => x.input.checked)?.[0] ?? choices[0]!.value,
    set(value) {
      const x = inputs.get(value);
      if (x && !x.input.disabled) x.input.checked = true;
    },
    update(value, enabled, label) {
      const x = inputs.get(value)!;
      x.input.disabled = !enabled;
      x.label.parentElement!.classList.toggle('export-disabled', !enabled);
      if (label !== undefined) x.label.textContent = label;
    },
  };
}

/** A checkbox with its label after it. */
export function checkbox(label: string, checked: boolean): { element: HTMLElement; input: HTMLInputElement } {
  const id = nextId('check');
  const input = h('input', { type: 'checkbox', id });
  input.checked = checked;
  return { element: h('div', { className: 'export-choice' }, input, h('label', { for: id }, label)), input };
}

/** A select with its label before it. */
export function select<T extends string>(label: string, options: ReadonlyArray<{ value: T; label: string }>): { element: HTMLElement; input: HTMLSelectElement } {
  const id = nextId('select');
  const input = h('select', { id }, ...options.map((o) => h('option', { value: o.value }, o.label)));
  return { element: h('div', { className: 'export-choice' }, h('label', { for: id }, label), input), input };
}
