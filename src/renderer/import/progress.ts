// The folder import's progress: a progress bar (role=progressbar with aria-valuenow), the file being
// imported, and a Cancel button. Knows nothing of the services; the dialog feeds it.
import { h } from '../ui/dom';

export class FolderProgress {
  readonly element: HTMLElement;
  private readonly bar: HTMLElement;
  private readonly fill: HTMLElement;
  private readonly text: HTMLElement;
  private readonly cancelButton: HTMLButtonElement;
  private job: string | null = null;
  private found = 0;

  constructor(onCancel: (jobId: string) => void) {
    this.fill = h('div', { className: 'import-progress-fill' });
    this.bar = h('div', { className: 'import-progress-bar', role: 'progressbar', 'aria-label': 'Import progress', 'aria-valuemin': 0 }, this.fill);
    this.text = h('p', { className: 'import-progress-text' });
    this.cancelButton = h('button', { type: 'button', onclick: () => this.job && onCancel(this.job) }, 'Cancel');
    this.element = h('section', { className: 'import-progress', 'aria-label': 'Folder import', hidden: true }, this.bar, h('div', { className: 'import-progress-row' }, this.text, this.cancelButton));
  }

  /** The job being shown, while it runs. */
  get jobId(): string | null {
    return this.job;
  }

  /** Files the job found, as its last progress event said. */
  get total(): number {
    return this.found;
  }

  /** Shows a new job as "listing files" until its first progress event. */
  start(jobId: string): void {
    this.job = jobId;
    this.found = 0;
    this.element.hidden = false;
    this.cancelButton.hidden = false;
    this.cancelButton.disabled = false;
    this.bar.removeAttribute('aria-valuenow');
    this.bar.removeAttribute('aria-valuemax');
    this.bar.removeAttribute('aria-valuetext');
    this.fill.style.width = '0';
    this.text.textContent = 'Looking for files…';
  }

  /** Moves the bar: `done` of `total` files, `item` the last one finished. */
  update(done: number, total: number, item?: string): void {
    this.found = total;
    this.bar.setAttribute('aria-valuemax', String(total));
    this.bar.setAttribute('aria-valuenow', String(done));
    this.bar.setAttribute('aria-valuetext', `${done} of ${total} files`);
    // CSSOM, not a style attribute: the page's CSP allows no inline styles.
    this.fill.style.width = total > 0 ? `${(100 * done) / total}%` : '0';
    this.text.textContent = total === 0 ? 'Looking for files…' : `${done} of ${total} files${item ? ` — ${item}` : ''}`;
  }

  /** The job is over: the bar stays where it stopped, Cancel goes away. */
  finish(done: number, total: number, note: string): void {
    this.update(done, total);
    this.text.textContent = note;
    this.cancelButton.hidden = true;
    this.job = null;
  }

  /** The Cancel button was pressed: it stays visible but disabled until the job stops. */
  cancelling(): void {
    this.cancelButton.disabled = true;
    this.text.textContent = `${this.text.textContent ?? ''} — stopping…`;
  }

  hide(): void {
    this.element.hidden = true;
  }
}
