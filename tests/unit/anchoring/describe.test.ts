import { describe as group, expect, it } from 'vitest';
import { anchor, describe } from '../../../src/shared/anchoring';
import { SAMPLE, spanOf } from './sample';

/** Deterministic word-aligned spans of 1–12 words over the sample article. */
function spans(text: string, count: number): Array<{ start: number; end: number }> {
  const words = [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  let seed = 7;
  const next = () => (seed = (seed * 48271) % 2147483647);
  const out: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < count; i++) {
    const a = next() % words.length;
    const b = Math.min(words.length - 1, a + (next() % 12));
    out.push({ start: words[a]!.start, end: words[b]!.end });
  }
  return out;
}

group('describe', () => {
  it('stores the quote with up to 32 characters of context on each side', () => {
    const { start, end } = spanOf(SAMPLE, 'Mayor Andrii Sadovyi');
    const { quote, position } = describe(SAMPLE, start, end);
    expect(quote.exact).toBe('Mayor Andrii Sadovyi');
    expect(quote.prefix).toBe(SAMPLE.slice(start - 32, start));
    expect(quote.suffix).toBe(SAMPLE.slice(end, end + 32));
    expect(position).toEqual({ type: 'TextPositionSelector', start, end });
  });

  it('keeps shorter context at the edges of the text', () => {
    const { quote } = describe(SAMPLE, 0, 13);
    expect(quote.prefix).toBe('');
    expect(quote.exact).toBe('General Staff');
    const tail = describe(SAMPLE, SAMPLE.length - 7, SAMPLE.length);
    expect(tail.quote.suffix).toBe('');
  });

  it('never cuts an emoji (surrogate pair) in half at the context edge', () => {
    const text = 'x😀' + 'a'.repeat(31) + 'QUOTE' + 'b'.repeat(31) + '😀y';
    const start = text.indexOf('QUOTE');
    const { quote } = describe(text, start, start + 5);
    expect(quote.prefix).toBe('a'.repeat(31));
    expect(quote.suffix).toBe('b'.repeat(31));
  });

  it('refuses empty or out-of-range spans', () => {
    expect(() => describe(SAMPLE, 10, 10)).toThrow(RangeError);
    expect(() => describe(SAMPLE, -1, 5)).toThrow(RangeError);
    expect(() => describe(SAMPLE, 5, SAMPLE.length + 1)).toThrow(RangeError);
  });
});

group('describe → anchor round trip on the sample article', () => {
  const cases = spans(SAMPLE, 300);

  it('re-finds every span by position when the text is unchanged', () => {
    for (const { start, end } of cases) {
      expect(anchor(SAMPLE, describe(SAMPLE, start, end))).toEqual({ start, end, method: 'position', score: 1 });
    }
  });

  it('re-finds every span from the quote alone (repeated words decided by context)', () => {
    for (const { start, end } of cases) {
      const { quote } = describe(SAMPLE, start, end);
      const a = anchor(SAMPLE, { quote });
      expect(a, quote.exact).toMatchObject({ start, end, method: 'quote' });
    }
  });
});
