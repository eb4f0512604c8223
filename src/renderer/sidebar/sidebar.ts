// The sidebar: two panels, Highlights and Statistics, as tabs. Each panel is a region its feature
// fills; the sidebar only owns the tabs and the empty states.
import { h } from '../ui/dom';

export type PanelName = 'highlights' | 'statistics';

export class Sidebar {
  readonly element: HTMLElement;
  readonly panels: Record<PanelName, HTMLElement>;
  private readonly tabs: Record<PanelName, HTMLButtonElement>;

  constructor() {
    const titles: Record<PanelName, string> = { highlights: 'Highlights', statistics: 'Statistics' };
    const names: PanelName[] = ['highlights', 'statistics'];
    this.tabs = {} as Record<PanelName, HTMLButtonElement>;
    this.panels = {} as Record<PanelName, HTMLElement>;
    const tablist = h('div', { role: 'tablist', 'aria-label': 'Sidebar', className: 'tabs' });
    for (const name of names) {
      const tab = h('button', { type: 'button', role: 'tab', id: `tab-${name}`, 'aria-controls': `panel-${name}`, onclick: () => this.show(name) }, titles[name]);
      tab.addEventListener('keydown', (e) => {
        if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
          const next = names[(names.indexOf(name) + (e.key === 'ArrowRight' ? 1 : names.length - 1)) % names.length]!;
          this.show(next);
          this.tabs[next].focus();
        }
      });
      this.tabs[name] = tab;
      tablist.append(tab);
      this.panels[name] = h('section', { role: 'tabpanel', id: `panel-${name}`, 'aria-labelledby': `tab-${name}`, className: 'panel', tabindex: 0 });
    }
    this.element = h('aside', { className: 'sidebar', 'aria-label': 'Sidebar' }, tablist, ...names.map((n) => this.panels[n]));
    this.show('highlights');
  }

  show(name: PanelName): void {
    for (const [n, tab] of Object.entries(this.tabs) as [PanelName, HTMLButtonElement][]) {
      const active = n === name;
      tab.setAttribute('aria-selected', String(active));
      tab.tabIndex = active ? 0 : -1;
      this.panels[n].hidden = !active;
    }
  }

  /** Shows an empty state in a panel. */
  empty(name: PanelName, message: string): void {
    this.panels[name].replaceChildren(h('p', { className: 'panel-empty' }, message));
  }
}
