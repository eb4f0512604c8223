// The Trends view: labels that recur across articles, each with its values by article date as a
// table and a small line chart, so a reader of daily reports sees the series.
import type { Trend } from '../../shared/api/contract';
import { formatDate, h } from '../ui/dom';
import { formatNumber } from './format';

const SVG = 'http://www.w3.org/2000/svg';

function chart(trend: Trend): SVGSVGElement {
  const w = 260;
  const hgt = 60;
  const values = trend.points.map((p) => p.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const x = (i: number) => (trend.points.length === 1 ? w / 2 : 6 + (i * (w - 12)) / (trend.points.length - 1));
  const y = (v: number) => (max === min ? hgt / 2 : hgt - 6 - ((v - min) * (hgt - 12)) / (max - min));
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${w} ${hgt}`);
  svg.setAttribute('class', 'trend-chart');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', `${trend.label}: ${values.map((v) => formatNumber(v)).join(', ')}`);
  const line = document.createElementNS(SVG, 'polyline');
  line.setAttribute('points', trend.points.map((p, i) => `${x(i)},${y(p.value)}`).join(' '));
  line.setAttribute('class', 'trend-line');
  svg.append(line);
  trend.points.forEach((p, i) => {
    const dot = document.createElementNS(SVG, 'circle');
    dot.setAttribute('cx', String(x(i)));
    dot.setAttribute('cy', String(y(p.value)));
    dot.setAttribute('r', '2.5');
    dot.setAttribute('class', 'trend-dot');
    svg.append(dot);
  });
  return svg;
}

export function renderTrends(container: HTMLElement, trends: Trend[], open: (articleId: string) => void): void {
  if (trends.length === 0) {
    container.replaceChildren(h('p', { className: 'panel-empty' }, 'No statistic recurs across articles yet. Daily reports that quote the same figures form series here.'));
    return;
  }
  container.replaceChildren(
    ...trends.map((t) =>
      h(
        'section',
        { className: 'trend', 'aria-label': `Trend: ${t.label}` },
        h('h3', {}, t.label),
        chart(t),
        h(
          'table',
          { className: 'trend-table' },
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Date'), h('th', { scope: 'col' }, 'Value'), h('th', { scope: 'col' }, 'Article'))),
          h(
            'tbody',
            {},
            ...t.points.map((p) =>
              h('tr', {}, h('td', {}, formatDate(p.date)), h('td', { className: 'num' }, formatNumber(p.value)), h('td', {}, h('button', { type: 'button', className: 'link', onclick: () => open(p.articleId) }, p.title))),
            ),
          ),
        ),
      ),
    ),
  );
}
