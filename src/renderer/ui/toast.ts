// Transient messages at the bottom of the window (role=status), optionally with one action such as
// Undo. Errors use role=alert so screen readers announce them at once.
import { h } from './dom';

let region: HTMLElement | undefined;

function container(): HTMLElement {
  region ??= document.body.appendChild(h('div', { className: 'toasts', 'aria-live': 'polite' }));
  return region;
}

export function toast(message: string, options: { action?: { label: string; run: () => void }; error?: boolean; ms?: number } = {}): void {
  const box = h('div', { className: `toast${options.error ? ' toast-error' : ''}`, role: options.error ? 'alert' : 'status' }, h('span', {}, message));
  const close = () => box.remove();
  if (options.action) {
    const { label, run } = options.action;
    box.append(h('button', { type: 'button', onclick: () => { close(); run(); } }, label));
  }
  box.append(h('button', { type: 'button', className: 'toast-close', 'aria-label': 'Dismiss', onclick: close }, '×'));
  container().append(box);
  setTimeout(close, options.ms ?? (options.action ? 8000 : 5000));
}
