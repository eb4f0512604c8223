// Adds statistics to the window: the sidebar's Statistics panel for the open article and the
// library-wide Trends view.
import type { Api } from '../../shared/api/client';
import type { Statistic } from '../../shared/types';
import type { App } from '../app';
import { h } from '../ui/dom';
import { toast } from '../ui/toast';
import { flashPassage } from './flash';
import { markdownTable } from './format';
import { renderStatisticsPanel } from './panel';
import { renderTrends } from './trends';
import './statistics.css';

/** The sentence of the article text that holds [start, end). */
function sentenceAround(text: string, stat: Statistic): { start: number; end: number } {
  const s = stat.sentence.trim();
  if (s) {
    for (let i = text.indexOf(s); i !== -1; i = text.indexOf(s, i + 1)) {
      if (i <= stat.start && i + s.length >= stat.end) return { start: i, end: i + s.length };
    }
  }
  const before = text.slice(0, stat.start);
  const start = Math.max(before.lastIndexOf('. ') + 2, before.lastIndexOf('\n') + 1, 0);
  const stop = text.slice(stat.end).search(/[.!?](\s|$)|\n/);
  return { start, end: stop === -1 ? text.length : stat.end + stop + 1 };
}

export function mountStatistics(app: App, api: Api): void {
  const panel = app.sidebar.panels.statistics;
  const dialog = h('div', { className: 'trends-dialog', role: 'dialog', 'aria-label': 'Trends', 'aria-modal': 'true', hidden: true });
  const body = h('div', { className: 'trends-body' });
  const close = () => {
    dialog.hidden = true;
  };
  dialog.append(h('header', { className: 'dialog-header' }, h('h2', {}, 'Trends across the library'), h('button', { type: 'button', onclick: close }, 'Close')), body);
  dialog.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') close();
  });
  document.body.append(dialog);

  const showTrends = async () => {
    const r = await api.call('stats.trends', {});
    if (!r.ok) return toast(r.error.message, { error: true });
    renderTrends(body, r.value, (id) => {
      close();
      void app.open(id);
    });
    dialog.hidden = false;
    dialog.querySelector<HTMLElement>('button')?.focus();
  };

  app.opened.push((view) => {
    renderStatisticsPanel(panel, view, {
      jump: (start, end) => flashPassage(app, start, end),
      highlightSentence: (stat) => {
        const text = app.reader.model?.text ?? view.text;
        const { start, end } = sentenceAround(text, stat);
        void app.highlights.createAt(start, end).then((created) => {
          if (created) toast('Sentence highlighted.');
        });
      },
      copyTable: () => {
        void navigator.clipboard.writeText(markdownTable(view.extraction.statistics)).then(
          () => toast('Copied the statistics as a Markdown table.'),
          () => toast('The clipboard is not available here.', { error: true }),
        );
      },
      trends: () => void showTrends(),
    });
  });
}
