// The sidebar's Highlights panel: the article's highlights in reading order (colour, clipped quote,
// note, tags), each a button that jumps to its passage; orphans listed apart, never hidden.
import type { Highlight } from '../../shared/types';
import { h } from '../ui/dom';

export interface PanelActions {
  jump(id: string): void;
}

const clip = (s: string, n = 180) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
};

export function renderHighlightsPanel(panel: HTMLElement, placed: Highlight[], orphans: Highlight[], actions: PanelActions, filter: string[] = []): void {
  if (filter.length && placed.length === 0 && orphans.length === 0) {
    panel.replaceChildren(h('p', { className: 'panel-empty' }, `No highlights here carry ${filter.map((t) => `#${t}`).join(' and ')}.`));
    return;
  }
  if (placed.length === 0 && orphans.length === 0) {
    panel.replaceChildren(h('p', { className: 'panel-empty' }, 'No highlights yet. Select text in the article to highlight it (or press F7 to select with the keyboard, then H).'));
    return;
  }
  const item = (hl: Highlight, orphan: boolean) =>
    h(
      'li',
      { className: `hl-item hl-item-${hl.color}`, 'data-hl': hl.id },
      h(
        'button',
        {
          type: 'button',
          className: 'hl-jump',
          disabled: orphan,
          'aria-label': `${hl.color} highlight: ${clip(hl.quote.exact, 80)}${hl.note ? ` — note: ${clip(hl.note, 60)}` : ''}`,
          onclick: () => actions.jump(hl.id),
        },
        h('span', { className: 'hl-quote' }, clip(hl.quote.exact)),
      ),
      hl.note ? h('p', { className: 'hl-note' }, hl.note) : null,
      hl.tags.length ? h('p', { className: 'hl-tags' }, ...hl.tags.map((t) => h('span', { className: 'chip' }, `#${t}`))) : null,
    );
  const filterNote = filter.length ? [h('p', { className: 'panel-hint' }, `Filtered by ${filter.map((t) => `#${t}`).join(' and ')}`)] : [];
  const children: Node[] = [h('h2', { className: 'panel-title' }, `Highlights (${placed.length})`), ...filterNote, h('ul', { className: 'hl-list', 'aria-label': 'Highlights in reading order' }, ...placed.map((x) => item(x, false)))];
  if (orphans.length) {
    children.push(
      h('h3', { className: 'panel-subtitle' }, `Orphaned (${orphans.length})`),
      h('p', { className: 'panel-hint' }, 'The article changed and these passages could not be found again. They are kept with their quotes and notes.'),
      h('ul', { className: 'hl-list orphans', 'aria-label': 'Orphaned highlights' }, ...orphans.map((x) => item(x, true))),
    );
  }
  panel.replaceChildren(...children);
}
