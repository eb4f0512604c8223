// jsdom's selector engine registers listeners on the window for every document it creates and never
// removes them; the render and import windows cut them back after each document, so a long import
// neither keeps every parsed document alive nor slows down as it goes.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { listenerTrimmer, nodeSanitizer, nodeWindow } from '../../../src/main/render/dom';
import { renderArticle } from '../../../src/main/render/renderArticle';

/** How many listeners the window holds, over all event types. */
function listenerCount(window: object): number {
  const key = Object.getOwnPropertySymbols(window).find((s) => s.description === 'impl')!;
  const lists = (window as Record<symbol, { _eventListeners: Record<string, unknown[]> }>)[key]!._eventListeners;
  return Object.values(lists).reduce((n, list) => n + list.length, 0);
}

describe('window listener trimming', () => {
  it('finds jsdom as expected and cuts the lists back to what a new window held', () => {
    const { window } = new JSDOM('<!doctype html><html><body></body></html>');
    const trim = listenerTrimmer(window);
    expect(trim).not.toBeNull();
    const fresh = listenerCount(window);
    const parser = new window.DOMParser();
    for (let i = 0; i < 20; i++) parser.parseFromString(`<p>${i}</p>`, 'text/html');
    expect(listenerCount(window)).toBeGreaterThan(fresh); // jsdom's leak, which this works around
    trim!();
    expect(listenerCount(window)).toBe(fresh);
    // A parsed document still works after its listeners went: selectors, serialisation.
    const doc = parser.parseFromString('<div id="a"><p class="x">one</p><p>two</p></div>', 'text/html');
    trim!();
    expect(doc.querySelectorAll('p.x')).toHaveLength(1);
    expect(doc.getElementById('a')!.innerHTML).toBe('<p class="x">one</p><p>two</p>');
    window.close();
    expect(() => trim!()).not.toThrow();
  });

  it('keeps the render window at its first listener count however many articles it renders, hostile ones included', () => {
    const meta = { id: 'a', title: 'T', author: null, source: null, siteName: null, publishedAt: null, addedAt: '2026-01-01T00:00:00.000Z', format: 'html' as const, hash: 'h', size: 0, trashedAt: null };
    nodeSanitizer();
    nodeSanitizer(); // each call first trims what the previous work left
    const window = nodeWindow();
    const before = listenerCount(window);
    let html = '';
    for (let i = 0; i < 300; i++) html = renderArticle(meta, `<p>Row ${i}<img src=x onerror=alert(1)><script>alert(1)</script><a href="javascript:alert(1)">x</a></p>`).html;
    nodeSanitizer();
    expect(nodeWindow()).toBe(window);
    expect(listenerCount(window)).toBe(before);
    expect(html).toContain('Row 299');
    expect(html).not.toMatch(/onerror|<script|javascript:|<img/i);
  });
});
