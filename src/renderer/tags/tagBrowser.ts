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

/** The shape of the tree (tag paths and nesting, in order): while it stays the same, a render updates the buttons in place. */
function shape(node: Node): string {
  return [...node.children.values()].map((child) => `${child.path}(${shape(child)})`).join(',');
}

const shapes = new WeakMap<HTMLElement, string>();

/**
 * Renders the browser into `container`. When only counts or the filter changed (every event after
 * an edit re-renders it), the same buttons stay in the page and are updated in place: a click whose
 * press and release straddle a re-render still lands, and the keyboard stays where it was.
 */
export function renderTagBrowser(container: HTMLElement, tags: TagInfo[], active: string[], actions: TagBrowserActions): void {
  const activeKeys = new Set(active.map(tagKey));
  const root = tree(tags);
  const label = (child: Node) => `${child.path}: ${child.info?.articles ?? 0} articles, ${child.info?.passages ?? 0} passages`;
  const count = (child: Node) => (child.info ? `${child.info.articles + child.info.passages}` : '');
  const run: Record<string, (tag: string) => void> = { toggle: (tag) => actions.toggle(tag), rename: (tag) => actions.rename(tag), delete: (tag) => actions.remove(tag) };
  const filter = active.length
    ? h(
        'div',
        { className: 'tag-filter', role: 'status', 'aria-label': 'Active tag filter' },
        'Showing: ',
        ...active.map((t) => h('span', { className: 'chip' }, `#${t}`)),
        h('button', { type: 'button', onclick: () => actions.clear() }, 'Clear filter'),
      )
    : null;
  const oldFilter = container.querySelector(':scope > .tag-filter');
  // One listener for every tag button (they are updated in place, so they must not hold the actions of one render).
  container.onclick = (e) => {
    const button = (e.target as Element).closest<HTMLButtonElement>('button[data-tag]');
    if (button && container.contains(button)) run[button.dataset.action!]?.(button.dataset.tag!);
  };
  const sameShape = tags.length > 0 && shapes.get(container) === shape(root) && container.querySelector(':scope > .tag-tree');

  if (sameShape) {
    const nodes = new Map<string, Node>();
    const walk = (node: Node) => node.children.forEach((child) => (nodes.set(child.path, child), walk(child)));
    walk(root);
    for (const button of container.querySelectorAll<HTMLButtonElement>('button[data-tag]')) {
      const child = nodes.get(button.dataset.tag!);
      if (!child) continue;
      if (button.dataset.action === 'toggle') {
        button.setAttribute('aria-pressed', String(activeKeys.has(tagKey(child.path))));
        button.setAttribute('aria-label', label(child));
        const n = button.querySelector('.tag-count');
        if (n && n.textContent !== count(child)) n.textContent = count(child);
        else if (!n && count(child)) button.append(h('span', { className: 'tag-count' }, count(child)));
        else if (n && !count(child)) n.remove();
      }
    }
    // The filter line (its chips and Clear) is replaced, when it changed, without touching the tree.
    const focusedClear = oldFilter?.contains(document.activeElement);
    if (oldFilter && filter && oldFilter.textContent === filter.textContent) return;
    if (oldFilter && filter) oldFilter.replaceWith(filter);
    else if (oldFilter) oldFilter.remove();
    else if (filter) container.prepend(filter);
    if (focusedClear) filter?.querySelector('button')?.focus();
    return;
  }

  const list = (node: Node, depth: number): HTMLElement =>
    h(
      'ul',
      { className: 'tag-tree', role: depth === 0 ? 'list' : null, 'aria-label': depth === 0 ? 'Tags' : null },
      ...[...node.children.values()].map((child) => {
        const pressed = activeKeys.has(tagKey(child.path));
        return h(
          'li',
          {},
          h(
            'div',
            { className: 'tag-row' },
            h(
              'button',
              { type: 'button', className: 'tag-toggle', 'data-tag': child.path, 'data-action': 'toggle', 'aria-pressed': String(pressed), 'aria-label': label(child) },
              `#${child.name}`,
              count(child) ? h('span', { className: 'tag-count' }, count(child)) : null,
            ),
            h('button', { type: 'button', className: 'tag-action', 'data-tag': child.path, 'data-action': 'rename', 'aria-label': `Rename tag ${child.path}`, title: 'Rename or merge' }, '✎'),
            h('button', { type: 'button', className: 'tag-action', 'data-tag': child.path, 'data-action': 'delete', 'aria-label': `Delete tag ${child.path}`, title: 'Delete everywhere' }, '🗑'),
          ),
          child.children.size ? list(child, depth + 1) : null,
        );
      }),
    );
  const body = tags.length ? list(root, 0) : h('p', { className: 'panel-empty' }, 'No tags yet.');
  shapes.set(container, tags.length ? shape(root) : '');
  // Re-rendering must not drop the keyboard: focus returns to the same tag's same button.
  const focused = document.activeElement as HTMLElement | null;
  const keep = focused && container.contains(focused) ? { tag: focused.dataset.tag, action: focused.dataset.action } : null;
  container.replaceChildren(...(filter ? [filter] : []), body);
  if (keep?.tag) {
    const again = [...container.querySelectorAll<HTMLElement>('button[data-tag]')].find((b) => b.dataset.tag === keep.tag && b.dataset.action === keep.action);
    again?.focus();
  }
}
