// The per-file result list of the import dialog: each file with what happened to it (added,
// duplicate of which article, failed and why) and a button to open the article it became.
import type { ImportItemResult } from '../../shared/api/contract';
import { clear, h } from '../ui/dom';
import { failureText, itemLabel } from './summary';

const STATUS: Record<ImportItemResult['status'], string> = { added: 'Added', duplicate: 'Duplicate', failed: 'Failed' };

export class ResultList {
  readonly element: HTMLUListElement;

  constructor(private readonly onOpen: (articleId: string) => void) {
    this.element = h('ul', { className: 'import-results', 'aria-label': 'Import results', hidden: true });
  }

  /** Replaces the list with these results; failures first, so they are seen. */
  show(results: readonly ImportItemResult[]): void {
    clear(this.element);
    this.element.hidden = results.length === 0;
    const order = { failed: 0, duplicate: 1, added: 2 };
    const sorted = [...results].sort((a, b) => order[a.status] - order[b.status]);
    for (const r of sorted) this.element.append(this.row(r));
  }

  private row(r: ImportItemResult): HTMLLIElement {
    const detail = r.status === 'failed' ? failureText(r) : r.status === 'duplicate' ? (r.message ?? '') : `"${r.title ?? ''}"`;
    const open = r.id
      ? h('button', { type: 'button', className: 'import-open', 'aria-label': `Open "${r.title ?? itemLabel(r.name)}"`, onclick: () => this.onOpen(r.id!) }, 'Open')
      : null;
    return h(
      'li',
      { className: `import-result import-${r.status}` },
      h('span', { className: 'import-status' }, STATUS[r.status]),
      h('span', { className: 'import-name', title: r.name }, /^([A-Za-z]:)?[\\/]/.test(r.name) ? itemLabel(r.name) : r.name),
      h('span', { className: 'import-detail' }, detail),
      open,
    );
  }
}
