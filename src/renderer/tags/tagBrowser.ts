// The tag browser above the library list: every tag with its counts, nested tags as a tree.
// Pressing a tag adds it to the filter (several = all of them); rename/merge and delete with undo.
import type { TagInfo } from '../../shared/api/contract';
import { tagKey } from '../../shared/tags';
import { h } from '../ui/dom';

export interface TagBrowserActions {
  toggle(tag: string): void;
  clear(): void;
  rename(tag: string): void;
  remove(tag: string): void;
}

interface Node {
  name: string;
  path: string;
  info: TagInfo | null;
  children: Map<string, Node>;
}

function tree(tags: TagInfo[]): Node {
  const root: Node = { name: '', path: '', info: null, children: new Map() };
  for (const info of tags) {
    let node = root;
    const parts = info.tag.split('/');
    parts.forEach((part, i) => {
      const key = tagKey(part);
      let child = node.children.get(key);
      if (!child) {
        child = { name: part, path: parts.slice(0, i + 1).join('/'), info: null, children: new Map() };
        node.children.set(key, child);
      }
      node = child;
    });
    node.info = info;
  }
  return root;
}

export function renderTagBrowser(container: HTMLElement, tags: TagInfo[], active: string[], actions: TagBrowserActions): void {
  const activeKeys = new Set(active.map(tagKey));
  const list = (node: Node, depth: number): HTMLElement =>
    h(
      'ul',
      { className: 'tag-tree', role: depth === 0 ? 'list' : null, 'aria-label': depth === 0 ? 'Tags' : null },
      ...[...node.children.values()].map((child) => {
        const count = child.info ? `${child.info.articles + child.info.passages}` : '';
        const pressed = activeKeys.has(tagKey(child.path));
        return h(
          'li',
          {},
          h(
            'div',
            { className: 'tag-row' },
            h(
              'button',
              {
                type: 'button',
                className: 'tag-toggle',
                'data-tag': child.path,
                'data-action': 'toggle',
                'aria-pressed': String(pressed),
                'aria-label': `${child.path}: ${child.info?.articles ?? 0} articles, ${child.info?.passages ?? 0} passages`,
                onclick: () => actions.toggle(child.path),
              },
              `#${child.name}`,
              count ? h('span', { className: 'tag-count' }, count) : null,
            ),
            h('button', { type: 'button', className: 'tag-action', 'data-tag': child.path, 'data-action': 'rename', 'aria-label': `Rename tag ${child.path}`, title: 'Rename or merge', onclick: () => actions.rename(child.path) }, '✎'),
            h('button', { type: 'button', className: 'tag-action', 'data-tag': child.path, 'data-action': 'delete', 'aria-label': `Delete tag ${child.path}`, title: 'Delete everywhere', onclick: () => actions.remove(child.path) }, '🗑'),
          ),
          child.children.size ? list(child, depth + 1) : null,
        );
      }),
    );
  const filter = active.length
    ? h(
        'div',
        { className: 'tag-filter', role: 'status', 'aria-label': 'Active tag filter' },
        'Showing: ',
        ...active.map((t) => h('span', { className: 'chip' }, `#${t}`)),
        h('button', { type: 'button', onclick: () => actions.clear() }, 'Clear filter'),
      )
    : null;
  const body = tags.length ? list(tree(tags), 0) : h('p', { className: 'panel-empty' }, 'No tags yet.');
  // Re-rendering must not drop the keyboard: focus returns to the same tag's same button.
  const focused = document.activeElement as HTMLElement | null;
  const keep = focused && container.contains(focused) ? { tag: focused.dataset.tag, action: focused.dataset.action } : null;
  container.replaceChildren(...(filter ? [filter] : []), body);
  if (keep?.tag) {
    const again = [...container.querySelectorAll<HTMLElement>('button[data-tag]')].find((b) => b.dataset.tag === keep.tag && b.dataset.action === keep.action);
    again?.focus();
  }
}
