// What the Export dialog says when an export ends: counts in one sentence, then the files and the
// skipped articles with their reasons. Builds DOM nodes from text only.
import type { ExportResult } from '../../shared/api/contract';
import { h } from '../ui/dom';

/** Files listed by name before the rest are counted ("and 12 more"). */
const LISTED = 8;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const baseName = (p: string) => p.slice(Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\')) + 1);

/** One sentence: where the export went and how many files were written, updated and skipped. */
export function summaryLine(r: ExportResult): string {
  return `Exported to ${r.outPath}: ${plural(r.written.length, 'file')} written, ${r.updated.length} updated, ${r.skipped.length} skipped.`;
}

function fileList(label: string, files: string[]): HTMLElement | null {
  if (files.length === 0) return null;
  const items = files.slice(0, LISTED).map((f) => h('li', { title: f }, baseName(f)));
  if (files.length > LISTED) items.push(h('li', { className: 'export-more' }, `and ${files.length - LISTED} more`));
  return h('div', {}, h('p', { className: 'export-list-label' }, label), h('ul', { className: 'export-files' }, ...items));
}

/** The summary's nodes: the sentence, the files written and updated, and every skipped article with its reason. */
export function renderSummary(r: ExportResult): Node[] {
  const skipped =
    r.skipped.length === 0
      ? null
      : h(
          'div',
          {},
          h('p', { className: 'export-list-label' }, 'Skipped'),
          h('ul', { className: 'export-skipped' }, ...r.skipped.map((s) => h('li', {}, `${s.title}: ${s.reason}`))),
        );
  return [h('p', { className: 'export-done' }, summaryLine(r)), fileList('Written', r.written), fileList('Updated', r.updated), skipped].filter(
    (n): n is HTMLElement => n !== null,
  );
}
