// The Statistics panel: title/body contradictions first, then every quantity the article quotes,
// grouped by kind — value in the reader's locale, what it counts, ≈ for approximate ones. A click
// jumps to the number; "Highlight" turns its sentence into a highlight.
import type { ArticleView, Statistic, StatisticKind } from '../../shared/types';
import { h } from '../ui/dom';
import { KIND_TITLES, formatValue } from './format';

export interface StatisticsActions {
  jump(start: number, end: number): void;
  highlightSentence(stat: Statistic): void;
  copyTable(): void;
  trends(): void;
}

const ORDER: StatisticKind[] = ['count', 'money', 'percent', 'measure', 'change', 'range', 'score'];
const clip = (s: string, n = 60) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function renderStatisticsPanel(panel: HTMLElement, view: ArticleView, actions: StatisticsActions): void {
  const { statistics, warnings, dates } = view.extraction;
  const parts: Node[] = [];
  if (warnings.length) {
    parts.push(
      h(
        'section',
        { className: 'stat-warnings', 'aria-label': 'Warnings' },
        h('h2', { className: 'panel-title' }, `Warnings (${warnings.length})`),
        h(
          'ul',
          { className: 'warning-list', 'aria-label': 'Warnings' },
          ...warnings.map((w) =>
            h(
              'li',
              { className: 'warning' },
              h('p', { className: 'warning-message' }, `⚠ ${w.message}`),
              h(
                'div',
                { className: 'warning-passages' },
                h('button', { type: 'button', onclick: () => actions.jump(w.title.start, w.title.end) }, `Title: “${clip(w.title.text)}”`),
                h('button', { type: 'button', onclick: () => actions.jump(w.body.start, w.body.end) }, `Body: “${clip(w.body.text)}”`),
              ),
            ),
          ),
        ),
      ),
    );
  }
  if (statistics.length === 0) {
    parts.push(h('p', { className: 'panel-empty' }, 'This article quotes no statistics.'));
  } else {
    parts.push(
      h(
        'div',
        { className: 'stat-actions' },
        h('button', { type: 'button', onclick: () => actions.copyTable() }, 'Copy as Markdown table'),
        h('button', { type: 'button', onclick: () => actions.trends() }, 'Trends'),
      ),
    );
    for (const kind of ORDER) {
      const group = statistics.filter((s) => s.kind === kind);
      if (!group.length) continue;
      parts.push(
        h('h2', { className: 'panel-title', id: `stats-${kind}` }, `${KIND_TITLES[kind]} (${group.length})`),
        h(
          'ul',
          { className: 'stat-list', 'aria-labelledby': `stats-${kind}` },
          ...group.map((s) =>
            h(
              'li',
              { className: 'stat' },
              h(
                'button',
                { type: 'button', className: 'stat-jump', 'aria-label': `${s.approx ? 'about ' : ''}${formatValue(s)} ${s.label}`, onclick: () => actions.jump(s.start, s.end) },
                h('span', { className: 'stat-value' }, `${s.approx ? '≈ ' : ''}${formatValue(s)}`),
                h('span', { className: 'stat-label' }, s.label || '—'),
              ),
              h('button', { type: 'button', className: 'stat-highlight', 'aria-label': `Highlight the sentence with ${s.text}`, onclick: () => actions.highlightSentence(s) }, 'Highlight'),
            ),
          ),
        ),
      );
    }
  }
  if (dates.length) {
    parts.push(
      h('h2', { className: 'panel-title', id: 'stats-dates' }, `Dates (${dates.length})`),
      h(
        'ul',
        { className: 'stat-list', 'aria-labelledby': 'stats-dates' },
        ...dates.map((d) =>
          h('li', { className: 'stat' }, h('button', { type: 'button', className: 'stat-jump', onclick: () => actions.jump(d.start, d.end) }, h('span', { className: 'stat-value' }, d.iso), h('span', { className: 'stat-label' }, d.text))),
        ),
      ),
    );
  }
  panel.replaceChildren(...parts);
}
