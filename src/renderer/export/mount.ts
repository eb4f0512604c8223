// Adds the export feature to the window: an Export button in the library header that opens the
// Export dialog, and "Copy notes as Markdown" beside each open article.
import './export.css';
import type { Api } from '../../shared/api/client';
import type { App } from '../app';
import { h } from '../ui/dom';
import { copyNotes } from './copyNotes';
import { ExportDialog } from './dialog';

/** Mounts the Export button, its dialog and the copy action into `app`. */
export function mountExport(app: App, api: Api): void {
  const dialog = new ExportDialog(api);
  document.body.append(dialog.element);
  const button = app.shell.exportButton;
  button.addEventListener('click', () => {
    const view = app.reader.view;
    void dialog.open(
      { articleId: app.currentArticleId, articleTitle: view && view.meta.id === app.currentArticleId ? view.meta.title : null, tagFilter: [...app.tagFilter] },
      button,
    );
  });

  app.opened.push((view) => {
    const copy = h('button', { type: 'button', className: 'export-copy', title: 'Copy this article’s highlights and notes to the clipboard as Markdown' }, 'Copy notes as Markdown');
    copy.addEventListener('click', () => void copyNotes(api, view.meta.id, view.meta.title));
    app.reader.slot.querySelector('.export-copy')?.remove();
    app.reader.slot.append(copy);
  });
}
