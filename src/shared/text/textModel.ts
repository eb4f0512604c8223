// The article's text model: the one string that highlight selectors and statistics offsets count
// over. It is computed from a DOM tree by the same function in the browser (the reader) and in
// Node (CLI, export, extraction, via linkedom), so both sides agree to the character.
//
// Rules: text nodes contribute their raw value; block elements are separated by a single "\n"
// (never leading, never doubled); <br> is "\n"; whitespace-only text nodes that sit directly in a
// block container (between blocks) contribute nothing. Nothing else is normalised.

/** The minimal DOM surface the model needs; both browser DOM and linkedom satisfy it. */
export interface TextModelNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<TextModelNode>;
}

export interface TextSegment<N extends TextModelNode = TextModelNode> {
  /** A text node of the tree. */
  node: N;
  /** Where its value starts and ends in `text`. */
  start: number;
  end: number;
}

export interface TextModel<N extends TextModelNode = TextModelNode> {
  text: string;
  segments: TextSegment<N>[];
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export const BLOCK_ELEMENTS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL',
  'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'BODY',
]);

/** Elements whose content is not reading text. */
const SKIPPED_ELEMENTS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'TITLE']);

const isWhitespace = (s: string) => /^[ \t\n\r\f]*$/.test(s);

/** Builds the text model of everything below `root` (root itself is not a separator). */
export function buildTextModel<N extends TextModelNode>(root: N): TextModel<N> {
  let text = '';
  const segments: TextSegment<N>[] = [];
  let pendingBreak = false;
  // Tracked apart: text.endsWith() on a growing string makes V8 flatten it every time (quadratic).
  let endsWithNewline = false;

  const breakHere = () => {
    if (text.length > 0) pendingBreak = true;
  };
  const flushBreak = () => {
    if (pendingBreak) {
      if (!endsWithNewline) text += '\n';
      endsWithNewline = true;
      pendingBreak = false;
    }
  };

  const walk = (node: N, parentIsBlock: boolean) => {
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) {
      const child = kids[i] as N;
      if (child.nodeType === TEXT_NODE) {
        const value = child.nodeValue ?? '';
        if (value.length === 0) continue;
        if (parentIsBlock && isWhitespace(value)) continue;
        flushBreak();
        segments.push({ node: child, start: text.length, end: text.length + value.length });
        text += value;
        endsWithNewline = value.endsWith('\n');
      } else if (child.nodeType === ELEMENT_NODE) {
        const name = child.nodeName.toUpperCase();
        if (SKIPPED_ELEMENTS.has(name)) continue;
        if (name === 'BR') {
          flushBreak();
          text += '\n';
          endsWithNewline = true;
          continue;
        }
        const block = BLOCK_ELEMENTS.has(name);
        if (block) breakHere();
        walk(child, block);
        if (block) breakHere();
      }
    }
  };
  walk(root, true);
  return { text, segments };
}

/** Finds the segment holding text offset `offset` (at a boundary, the segment that starts there). */
export function segmentAt<N extends TextModelNode>(model: TextModel<N>, offset: number): TextSegment<N> | undefined {
  const segs = model.segments;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segs[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
