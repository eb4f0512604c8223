// The Export dialog (a modal <dialog>, Escape closes it): what to export, where, in which format
// and with which options; then a progress bar fed by the service's progress events and a summary.
import type { Api } from '../../shared/api/client';
import type { Args, ExportResult } from '../../shared/api/contract';
import type { LibraryEvent } from '../../shared/api/methods';
import { h } from '../ui/dom';
import { toast } from '../ui/toast';
import { checkbox, radioGroup, select } from './fields';
import { adjustPath } from './paths';
import { renderSummary, summaryLine } from './summary';

/** What the window shows when the dialog opens: the open article and the library's tag filter. */
export interface ExportContext {
  articleId: string | null;
  articleTitle: string | null;
  tagFilter: string[];
}

type Scope = 'article' | 'all' | 'tags';
type Target = 'folder' | 'file';
type Format = 'md' | 'w3c';
type Grouping = 'none' | 'color' | 'tag';

export class ExportDialog {
  readonly element: HTMLDialogElement;
  private readonly scope = radioGroup<Scope>('scope', 'What', [
    { value: 'all', label: 'Everything in the library' },
    { value: 'article', label: 'This article' },
    { value: 'tags', label: 'Articles with the current tag filter' },
  ], () => undefined);
  private readonly format = radioGroup<Format>('format', 'Format', [
    { value: 'md', label: 'Markdown (Obsidian and other notes apps)' },
    { value: 'w3c', label: 'W3C Web Annotation JSON' },
  ], () => this.syncTarget());
  private readonly target = radioGroup<Target>('target', 'Write to', [
    { value: 'folder', label: 'A folder, one file per article' },
    { value: 'file', label: 'One file' },
  ], () => this.syncTarget());
  private readonly notes = checkbox('Include notes', true);
  private readonly statistics = checkbox('Include statistics', false);
  private readonly groupBy = select<Grouping>('Group highlights by', [
    { value: 'none', label: 'Nothing (reading order)' },
    { value: 'color', label: 'Colour' },
    { value: 'tag', label: 'Tag' },
  ]);
  private readonly markdownOptions: HTMLFieldSetElement;
  private readonly pathField: HTMLInputElement;
  private readonly pathHint: HTMLElement;
  private readonly progress: HTMLProgressElement;
  private readonly summary: HTMLElement;
  private readonly error: HTMLElement;
  private readonly runButton: HTMLButtonElement;
  private context: ExportContext = { articleId: null, articleTitle: null, tagFilter: [] };
  private opener: HTMLElement | null = null;
  private jobId: string | null = null;
  private prefilled = false;

  constructor(private readonly api: Api) {
    const pathId = 'export-path';
    this.pathField = h('input', { id: pathId, type: 'text', className: 'export-path', spellcheck: 'false', autocomplete: 'off', 'aria-describedby': 'export-path-hint' });
    this.pathHint = h('p', { id: 'export-path-hint', className: 'export-hint' });
    this.markdownOptions = h('fieldset', { className: 'export-group' }, h('legend', {}, 'Markdown options'), this.notes.element, this.statistics.element, this.groupBy.element);
    this.progress = h('progress', { className: 'export-progress', 'aria-label': 'Export progress', hidden: true });
    this.summary = h('div', { className: 'export-summary', role: 'status' });
    this.error = h('p', { className: 'export-error', role: 'alert' });
    this.runButton = h('button', { type: 'submit', className: 'primary' }, 'Export');
    const form = h(
      'form',
      { className: 'export-form', onsubmit: (e: Event) => { e.preventDefault(); void this.run(); } },
      h('h2', { id: 'export-title', className: 'export-title' }, 'Export'),
      this.scope.element,
      this.format.element,
      this.target.element,
      h('div', { className: 'export-where' },
        h('label', { for: pathId }, 'Export to'),
        h('div', { className: 'export-path-row' }, this.pathField, h('button', { type: 'button', onclick: () => void this.choose() }, 'Choose…')),
        this.pathHint,
      ),
      this.markdownOptions,
      this.progress,
      this.summary,
      this.error,
      h('div', { className: 'export-buttons' }, h('button', { type: 'button', onclick: () => this.element.close() }, 'Close'), this.runButton),
    );
    this.element = h('dialog', { className: 'export-dialog', 'aria-labelledby': 'export-title' }, form);
    this.element.addEventListener('close', () => this.opener?.focus());
    api.subscribe((event) => this.onEvent(event));
  }

  /** Opens the dialog for what the window shows now. */
  async open(context: ExportContext, opener: HTMLElement): Promise<void> {
    this.context = context;
    this.opener = opener;
    const tags = context.tagFilter;
    this.scope.update('article', context.articleId !== null, context.articleTitle ? `This article: ${context.articleTitle}` : 'This article (none is open)');
    this.scope.update('tags', tags.length > 0, tags.length > 0 ? `Articles tagged ${tags.join(' and ')}` : 'Articles with the current tag filter (no filter set)');
    if (tags.length > 0) this.scope.set('tags');
    else if (this.scope.value() !== 'article' || context.articleId === null) this.scope.set('all');
    this.error.textContent = '';
    if (!this.element.open) this.element.showModal();
    if (!this.prefilled) {
      const folder = await this.api.call('export.defaultFolder', {});
      if (folder.ok && this.pathField.value === '') this.pathField.value = folder.value;
      this.prefilled = true;
    }
    this.syncTarget();
  }

  /** Keeps the path, the hint and the Markdown options in step with the format and target. */
  private syncTarget(): void {
    const format = this.format.value();
    const target = this.target.value();
    this.pathField.value = adjustPath(this.pathField.value, target, format);
    this.markdownOptions.disabled = format !== 'md';
    this.pathHint.textContent =
      format === 'w3c'
        ? target === 'folder'
          ? 'The annotations go into "Margin annotations.json" in this folder.'
          : 'All annotations go into this one JSON file.'
        : target === 'folder'
          ? 'One file per article. On a new export, Margin updates only its own section; your notes outside it stay.'
          : 'All articles go into this one file. Your text outside Margin’s section stays.';
  }

  private async choose(): Promise<void> {
    const picked = await this.api.call('system.pickPaths', {
      kind: this.target.value() === 'folder' ? 'folder' : 'saveFile',
      title: 'Export to',
      defaultPath: this.pathField.value || undefined,
    });
    if (!picked.ok) this.error.textContent = picked.error.message;
    else if (picked.value === null) this.error.textContent = 'No file chooser is available here: type the full path instead.';
    else if (picked.value[0]) {
      this.pathField.value = picked.value[0];
      this.syncTarget();
    }
  }

  private scopeArgs(): Args<'export.run'>['scope'] | null {
    const scope = this.scope.value();
    if (scope === 'article') return this.context.articleId ? { articleIds: [this.context.articleId] } : null;
    if (scope === 'tags') return this.context.tagFilter.length > 0 ? { tags: this.context.tagFilter } : null;
    return { all: true };
  }

  private async run(): Promise<void> {
    if (this.jobId) return;
    const path = this.pathField.value.trim();
    const scope = this.scopeArgs();
    this.error.textContent = '';
    if (path === '') {
      this.error.textContent = 'Type where to export (a full path).';
      return this.pathField.focus();
    }
    if (!scope) {
      this.error.textContent = 'Choose what to export.';
      return;
    }
    const jobId = `export-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    this.jobId = jobId;
    this.summary.replaceChildren();
    this.progress.removeAttribute('value');
    this.progress.hidden = false;
    this.runButton.disabled = true;
    const format = this.format.value();
    const result = await this.api.call('export.run', {
      scope,
      target: this.target.value(),
      path,
      format,
      options: { includeNotes: this.notes.input.checked, includeStatistics: this.statistics.input.checked, groupBy: this.groupBy.input.value as Grouping },
      jobId,
    });
    this.jobId = null;
    this.progress.hidden = true;
    this.runButton.disabled = false;
    if (!result.ok) {
      this.error.textContent = result.error.message;
      if (!this.element.open) toast(result.error.message, { error: true });
      return;
    }
    this.showResult(result.value);
  }

  private showResult(r: ExportResult): void {
    this.summary.replaceChildren(...renderSummary(r));
    if (!this.element.open) toast(summaryLine(r), { error: r.skipped.length > 0 });
  }

  private onEvent(event: LibraryEvent): void {
    if (event.type !== 'progress' || event.task !== 'export' || event.jobId !== this.jobId) return;
    this.progress.max = Math.max(1, event.total);
    this.progress.value = event.done;
  }
}
