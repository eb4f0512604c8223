// The renderer's entry. The boot module (imported first) has picked the transport and got the
// list's first page on its way; the shell paints the library pane with that page, and only then
// does the rest of the window (app.ts and the features, a chunk of its own fetched meanwhile) start.
// Every style is loaded here, so nothing restyles when the rest arrives.
import { api, firstListPage, transport } from './boot';
import './styles/app.css';
import './reader/highlights.css';
import './tags/tags.css';
import './statistics/statistics.css';
import './import/import.css';
import './export/export.css';
import { Shell } from './shell';
import { afterPaint, firstPaintDone, h } from './ui/dom';

const shell = new Shell(document.getElementById('app')!);
const shown = shell.showFirstPage(firstListPage);
void shown.then(async () => {
  // Asked for now, so that it is fetched and compiled while the list paints (measured: sooner than
  // a modulepreload in the page, whose fetch and compile compete with the first paint).
  const rest = import('./window');
  await afterPaint();
  firstPaintDone();
  (await rest).startWindow(shell, api, transport, shown);
}).catch((err: unknown) => {
  shell.notices.append(h('p', { role: 'alert', className: 'notice' }, `Margin could not load the rest of its window (${(err as Error).message}). Reload the page.`));
});
