// @vitest-environment jsdom
import { beforeEach, describe as group, expect, it } from 'vitest';
import { anchor, describe } from '../../../src/shared/anchoring';
import { buildTextModel, type TextModel } from '../../../src/shared/text/textModel';
import {
  clearHighlights,
  firstMarkOf,
  highlightIdsAt,
  marksOf,
  offsetsToRange,
  paintHighlights,
  rangeToOffsets,
  type PaintItem,
} from '../../../src/renderer/reader/paint';

const ARTICLE = `
  <h1>Heavy Losses Mount</h1>
  <p class="byline">By <a href="#">A. Writer</a></p>
  <p>Russia has suffered a <em>staggering</em> number of casualties in its invasion.</p>
  <h2>Growing Tensions</h2>
  <p>The situation on the ground remains tense.<br>Reports emerge of new attacks.</p>
  <ul>
    <li>Lviv: no one was injured.</li>
    <li>Kyiv: <strong>air defence</strong> held.</li>
  </ul>
  <blockquote><p>One thing is clear.</p></blockquote>
`;

let root: HTMLElement;
let model: TextModel<Node>;

beforeEach(() => {
  document.body.innerHTML = `<article>${ARTICLE}</article>`;
  root = document.querySelector('article')!;
  model = buildTextModel<Node>(root);
});

const item = (id: string, needle: string, extra: Partial<PaintItem> = {}): PaintItem => {
  const start = model.text.indexOf(needle);
  if (start === -1) throw new Error(`not in text: ${needle}`);
  return { id, start, end: start + needle.length, color: 'yellow', hasNote: false, ...extra };
};

/** For each text offset, the highlight ids whose marks contain it (read back from the DOM). */
function paintedIds(): string[][] {
  const after = buildTextModel<Node>(root);
  const ids: string[][] = Array.from({ length: after.text.length }, () => []);
  for (const seg of after.segments) {
    const at = highlightIdsAt(seg.node.parentElement!);
    for (let i = seg.start; i < seg.end; i++) ids[i] = at;
  }
  return ids;
}

/** Offsets covered by highlight `id`. */
const coverage = (id: string) => paintedIds().flatMap((ids, i) => (ids.includes(id) ? [i] : []));
const offsetsIn = (start: number, end: number) => Array.from({ length: end - start }, (_, k) => start + k).filter((i) => model.text[i] !== '\n');

/** A Range from (startNode, startOffset) to (endNode, endOffset). */
function rangeOf(a: Node, ao: number, b: Node, bo: number): Range {
  const r = document.createRange();
  r.setStart(a, ao);
  r.setEnd(b, bo);
  return r;
}

group('selection across blocks → offsets → describe → anchor → paint', () => {
  it('marks exactly the selected text, from mid-paragraph into a list item', () => {
    const para = root.querySelectorAll('p')[1]!; // "Russia has suffered a <em>…"
    const li = root.querySelectorAll('li')[1]!; // "Kyiv: <strong>air defence</strong> held."
    const range = rangeOf(para.firstChild!, 'Russia has '.length, li.querySelector('strong')!.firstChild!, 'air'.length);
    const off = rangeToOffsets(model, range)!;
    expect(model.text.slice(off.start, off.end)).toBe(
      'suffered a staggering number of casualties in its invasion.\nGrowing Tensions\nThe situation on the ground remains tense.\nReports emerge of new attacks.\nLviv: no one was injured.\nKyiv: air',
    );
    const sel = describe(model.text, off.start, off.end);
    const a = anchor(model.text, sel)!;
    paintHighlights(root, model, [{ id: 'h1', start: a.start, end: a.end, color: 'blue', hasNote: true }]);

    expect(coverage('h1')).toEqual(offsetsIn(off.start, off.end));
    const marks = marksOf(root, 'h1');
    expect(marks.length).toBeGreaterThan(5);
    expect(marks.map((m) => m.textContent).join('')).toBe(sel.quote.exact.replace(/\n/g, ''));
    expect(marks.every((m) => m.className.startsWith('hl hl-blue'))).toBe(true);
    expect(marks.filter((m) => m.classList.contains('hl-has-note'))).toEqual([marks.at(-1)]);
    expect(firstMarkOf(root, 'h1')).toBe(marks[0]);
  });

  it('maps selection endpoints that sit on element nodes to the text inside the blocks', () => {
    const ul = root.querySelector('ul')!;
    const h2 = root.querySelector('h2')!;
    // From "before the h2" (an element boundary) to "after the list" (end of the ul element).
    const off = rangeToOffsets(model, rangeOf(h2.parentNode!, Array.from(h2.parentNode!.childNodes).indexOf(h2), ul, ul.childNodes.length))!;
    expect(model.text.slice(off.start, off.end)).toBe(
      'Growing Tensions\nThe situation on the ground remains tense.\nReports emerge of new attacks.\nLviv: no one was injured.\nKyiv: air defence held.',
    );
    // A triple-click style selection that ends at offset 0 of the next block stops before it.
    const p = root.querySelectorAll('p')[2]!;
    const off2 = rangeToOffsets(model, rangeOf(p.firstChild!, 0, ul.querySelector('li')!, 0))!;
    expect(model.text.slice(off2.start, off2.end)).toBe('The situation on the ground remains tense.\nReports emerge of new attacks.');
  });

  it('returns null for a collapsed range or one between blocks only', () => {
    const t = root.querySelector('h1')!.firstChild!;
    expect(rangeToOffsets(model, rangeOf(t, 3, t, 3))).toBeNull();
    const ul = root.querySelector('ul')!;
    expect(rangeToOffsets(model, rangeOf(ul, 0, ul, 1))).toBeNull(); // only the whitespace before the first li
  });

  it('turns offsets back into a DOM range with the same text', () => {
    const it1 = item('x', 'tense.\nReports emerge');
    const r = offsetsToRange(document, model, it1.start, it1.end)!;
    expect(r.toString()).toBe('tense.Reports emerge');
    expect(rangeToOffsets(model, r)).toEqual({ start: it1.start, end: it1.end });
    expect(offsetsToRange(document, model, 5, 5)).toBeNull();
  });
});

group('painting', () => {
  it('leaves the text model unchanged and clearHighlights restores the original DOM', () => {
    const before = root.innerHTML;
    paintHighlights(root, model, [
      item('a', 'Russia has suffered a staggering'),
      item('b', 'staggering number', { color: 'green', hasNote: true }),
      item('c', 'suffered'),
      item('d', 'tense.\nReports'),
      item('e', 'Lviv'),
      item('f', ' no one'),
    ]);
    expect(root.querySelectorAll('mark').length).toBeGreaterThan(6);
    expect(buildTextModel<Node>(root).text).toBe(model.text);
    clearHighlights(root);
    expect(root.querySelectorAll('mark, [data-hl-gap]').length).toBe(0);
    expect(root.innerHTML).toBe(before);
  });

  it('keeps the space between two adjacent highlights in the text model', () => {
    document.body.innerHTML = '<article><p>Hello world</p></article>';
    root = document.querySelector('article')!;
    model = buildTextModel<Node>(root);
    paintHighlights(root, model, [item('a', 'Hello'), item('b', 'world')]);
    expect(buildTextModel<Node>(root).text).toBe('Hello world');
    expect(root.textContent).toBe('Hello world');
  });

  it('nests overlapping highlights so both stay visible and clickable, innermost first', () => {
    const outer = item('outer', 'The situation on the ground remains tense.');
    const inner = item('inner', 'on the ground', { color: 'pink' });
    const right = item('right', 'remains tense.\nReports emerge', { color: 'purple' });
    paintHighlights(root, model, [inner, right, outer]);
    const ids = paintedIds();
    const at = (needle: string) => ids[model.text.indexOf(needle)]!;
    expect(at('The situation')).toEqual(['outer']);
    expect(at('ground')).toEqual(['inner', 'outer']);
    expect(at('remains')).toEqual(['right', 'outer']);
    expect(at('Reports')).toEqual(['right']);
    expect(coverage('outer')).toEqual(offsetsIn(outer.start, outer.end));
    expect(coverage('inner')).toEqual(offsetsIn(inner.start, inner.end));
    expect(coverage('right')).toEqual(offsetsIn(right.start, right.end));
    // The inner piece is distinguishable: its own colour class plus hl-nested.
    const innerMark = firstMarkOf(root, 'inner')!;
    expect(innerMark.className).toBe('hl hl-pink hl-nested');
    expect(innerMark.parentElement!.getAttribute('data-hl')).toBe('outer');
    expect(firstMarkOf(root, 'outer')!.classList.contains('hl-nested')).toBe(false);
  });

  it('paints identical ranges as two nested marks', () => {
    paintHighlights(root, model, [item('one', 'One thing'), item('two', 'One thing', { color: 'blue' })]);
    expect(highlightIdsAt(firstMarkOf(root, 'two')!)).toEqual(['two', 'one']);
  });

  it('ignores empty items and items outside the text', () => {
    const before = root.innerHTML;
    paintHighlights(root, model, [
      { id: 'empty', start: 4, end: 4, color: 'yellow', hasNote: false },
      { id: 'past', start: model.text.length + 5, end: model.text.length + 9, color: 'yellow', hasNote: false },
    ]);
    expect(root.innerHTML).toBe(before);
  });
});
