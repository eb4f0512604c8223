// The Import dialog: files and folders (native pickers in the app, a typed path in web mode), a web
// address, and the paste and drop hints. A folder import shows progress, Cancel and per-file results.
import type { Api } from '../../shared/api/client';
import type { ImportItemResult } from '../../shared/api/contract';
import type { LibraryEvent } from '../../shared/api/methods';
import { h } from '../ui/dom';
import { toast } from '../ui/toast';
import type { ImportFlow } from './flow';
import { FolderProgress } from './progress';
import { ResultList } from './resultList';
import { countResults, summarize } from './summary';

type PathKind = 'files' | 'folder';
type ProgressEvent = Extract<LibraryEvent, { type: 'progress' }>;

const newJobId = () => `import-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/** In the Electron app a null pick means "cancelled"; web mode has no native dialog at all. */
const hasNativeDialogs = () => window.margin !== undefined;

export class ImportDialog {
  readonly element: HTMLDialogElement;
  private readonly status: HTMLElement;
  private readonly pathForm: HTMLFormElement;
  private readonly pathLabel: HTMLLabelElement;
  private readonly pathInput: HTMLInputElement;
  private readonly pathSubmit: HTMLButtonElement;
  private readonly urlInput: HTMLInputElement;
  private readonly busyButtons: HTMLButtonElement[];
  private readonly progress: FolderProgress;
  private readonly results: ResultList;
  private pathKind: PathKind = 'folder';
  private busy = false;

  constructor(
    private readonly api: Api,
    private readonly flow: ImportFlow,
    private readonly openArticle: (id: string) => void,
  ) {
    const filesButton = h('button', { type: 'button', autofocus: true, onclick: () => void this.run(() => this.pick('files')) }, 'Files…');
    const folderButton = h('button', { type: 'button', onclick: () => void this.run(() => this.pick('folder')) }, 'Folder…');
    // Read here (a file input works the same in the app and in web mode) and sent as text.
    const annotationsInput = h('input', { type: 'file', accept: '.json,application/json,application/ld+json', hidden: true, tabindex: '-1' });
    annotationsInput.addEventListener('change', () => {
      const file = annotationsInput.files?.[0];
      annotationsInput.value = '';
      if (file) void this.run(() => flow.importAnnotations(file));
    });
    const annotationsButton = h('button', { type: 'button', onclick: () => annotationsInput.click() }, 'Annotations (W3C JSON)…');
    this.pathInput = h('input', { id: 'import-path', type: 'text', className: 'import-field', autocomplete: 'off', spellcheck: 'false' });
    this.pathLabel = h('label', { for: 'import-path' });
    this.pathSubmit = h('button', { type: 'submit', className: 'primary' });
    this.pathForm = h('form', { className: 'import-row import-path', hidden: true }, this.pathLabel, h('div', { className: 'import-inline' }, this.pathInput, this.pathSubmit));
    this.pathForm.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.run(() => this.submitPath());
    });
    this.urlInput = h('input', { id: 'import-url', type: 'url', className: 'import-field', placeholder: 'https://', autocomplete: 'off', spellcheck: 'false' });
    const urlSubmit = h('button', { type: 'submit' }, 'Import URL');
    const urlForm = h('form', { className: 'import-row' }, h('label', { for: 'import-url' }, 'Web page address'), h('div', { className: 'import-inline' }, this.urlInput, urlSubmit));
    urlForm.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.run(() => this.submitUrl());
    });
    this.busyButtons = [filesButton, folderButton, annotationsButton, this.pathSubmit, urlSubmit];
    this.progress = new FolderProgress((jobId) => void this.cancel(jobId));
    this.results = new ResultList((id) => {
      this.element.close();
      this.openArticle(id);
    });
    this.status = h('p', { className: 'import-status-line', role: 'status' });
    this.element = h(
      'dialog',
      { className: 'import-dialog', 'aria-labelledby': 'import-title' },
      h('h2', { id: 'import-title' }, 'Import'),
      h('p', { className: 'import-intro' }, 'Add .txt, .md and .html files, a whole folder of them, or a web page — or highlights exported as W3C annotations (by Margin, Hypothesis and others).'),
      h('div', { className: 'import-sources', role: 'group', 'aria-label': 'From this computer' }, filesButton, folderButton, annotationsButton, annotationsInput),
      this.pathForm,
      this.progress.element,
      urlForm,
      h(
        'p',
        { className: 'import-hint' },
        'Paste: press Ctrl+V (⌘V on a Mac) anywhere outside a text field to import copied text or part of a web page. Files dropped onto the window are imported too (a .json file of W3C annotations brings in its highlights).',
      ),
      this.status,
      this.results.element,
      h('div', { className: 'import-footer' }, h('button', { type: 'button', onclick: () => this.element.close() }, 'Close')),
    );
    flow.sink = (results, summary) => {
      if (!this.element.open) return false;
      this.show(results, summary);
      return true;
    };
  }

  open(): void {
    if (this.element.open) return;
    if (!this.busy) {
      this.progress.hide();
      this.results.show([]);
      this.say('');
    }
    this.element.showModal();
  }

  /** Feeds the progress bar from the services' progress events. */
  onProgress(event: ProgressEvent): void {
    if (event.task === 'import' && event.jobId === this.progress.jobId) this.progress.update(event.done, event.total, event.item);
  }

  private say(message: string, error = false): void {
    this.status.textContent = message;
    this.status.classList.toggle('import-error', error);
  }

  /** The summary always; the per-file list for folders and batches (one file's line says it all). */
  private show(results: readonly ImportItemResult[], summary: string): void {
    this.results.show(results.length > 1 || !this.progress.element.hidden ? results : []);
    this.say(summary, countResults(results).failed > 0);
  }

  /** Runs one import at a time; the source buttons are disabled meanwhile. */
  private async run(work: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    for (const b of this.busyButtons) b.disabled = true;
    try {
      await work();
    } finally {
      this.busy = false;
      for (const b of this.busyButtons) b.disabled = false;
    }
  }

  private async pick(kind: PathKind): Promise<void> {
    const picked = await this.api.call('system.pickPaths', { kind, title: kind === 'files' ? 'Import files' : 'Import a folder' });
    if (!picked.ok) return this.say(picked.error.message, true);
    if (picked.value === null && !hasNativeDialogs()) return this.askPath(kind);
    if (!picked.value || picked.value.length === 0) return;
    if (kind === 'files') await this.importPaths(picked.value);
    else await this.importFolder(picked.value[0]!);
  }

  /** Web mode: a field for a path on the machine the services run on. */
  private askPath(kind: PathKind): void {
    this.pathKind = kind;
    this.pathLabel.textContent = kind === 'files' ? 'File path on this machine' : 'Folder path on this machine';
    this.pathSubmit.textContent = kind === 'files' ? 'Import file' : 'Import folder';
    this.pathForm.hidden = false;
    this.say('');
    this.pathInput.focus();
  }

  private async submitPath(): Promise<void> {
    const typed = this.pathInput.value.trim();
    if (!typed) return this.say(`Type the path of a ${this.pathKind === 'files' ? 'file' : 'folder'} first.`, true);
    if (this.pathKind === 'files') await this.importPaths([typed]);
    else await this.importFolder(typed);
  }

  private async submitUrl(): Promise<void> {
    const typed = this.urlInput.value.trim();
    let url: URL | null = null;
    try {
      url = new URL(typed);
    } catch {
      url = null;
    }
    if (!url || !/^https?:$/.test(url.protocol)) return this.say('Enter a web address starting with http:// or https://.', true);
    this.progress.hide();
    this.say(`Fetching ${url.href}…`);
    const r = await this.api.call('import.url', { url: url.href });
    await this.finishSingle(r.ok ? [r.value] : [{ name: url.href, status: 'failed', message: r.error.message }]);
    if (r.ok && r.value.status === 'added') this.urlInput.value = '';
  }

  private async importPaths(paths: string[]): Promise<void> {
    this.progress.hide();
    this.say(paths.length === 1 ? 'Importing…' : `Importing ${paths.length} files…`);
    const r = await this.api.call('import.files', { paths });
    if (!r.ok) return this.say(r.error.message, true);
    await this.finishSingle(r.value);
  }

  /** Files and pages: when everything was added the dialog closes on the new article; otherwise it explains. */
  private async finishSingle(results: ImportItemResult[]): Promise<void> {
    await this.flow.settle(results);
    const allAdded = results.length > 0 && results.every((r) => r.status === 'added');
    if (allAdded && this.element.open) {
      this.element.close();
      toast(summarize(results));
      return;
    }
    this.flow.announce(results);
  }

  private async importFolder(folder: string): Promise<void> {
    const jobId = newJobId();
    this.results.show([]);
    this.say('');
    this.progress.start(jobId);
    const r = await this.api.call('import.folder', { path: folder, jobId });
    if (!r.ok) {
      this.progress.finish(0, 0, '');
      this.progress.hide();
      return this.say(r.error.message, true);
    }
    const { results, cancelled } = r.value;
    const total = cancelled ? Math.max(this.progress.total, results.length) : results.length;
    const summary = summarize(results, { cancelled, total, empty: `There are no .txt, .md or .html files in ${folder}.` });
    this.progress.finish(results.length, total, cancelled ? `Stopped after ${results.length} of ${total} files.` : `${results.length} of ${total} files.`);
    await this.flow.settle(results);
    this.flow.announce(results, summary);
  }

  private async cancel(jobId: string): Promise<void> {
    this.progress.cancelling();
    const r = await this.api.call('import.cancel', { jobId });
    if (!r.ok) this.say(r.error.message, true);
  }
}
