// The article text changes between saving a highlight and opening it again.
import { describe as group, expect, it } from 'vitest';
import { anchor, describe } from '../../../src/shared/anchoring';
import { SAMPLE, edit, spanOf } from './sample';

/** Selectors of `needle` (its `nth` occurrence) in the original sample. */
const saved = (needle: string, nth = 0) => {
  const { start, end } = spanOf(SAMPLE, needle, nth);
  return describe(SAMPLE, start, end);
};

const NEW_PARAGRAPH = 'Editor’s note: this article was updated on Monday with new figures from the General Staff.\n\n';
const afterTitle = SAMPLE.indexOf('Russia has suffered');

group('anchoring after the text was edited', () => {
  it('follows an insertion before the quote', () => {
    const sel = saved('Mayor Andrii Sadovyi reported that despite an overnight combined attack');
    const text = SAMPLE.slice(0, afterTitle) + NEW_PARAGRAPH + SAMPLE.slice(afterTitle);
    const a = anchor(text, sel)!;
    expect(a.method).toBe('quote');
    expect(a.start).toBe(sel.position.start + NEW_PARAGRAPH.length);
    expect(text.slice(a.start, a.end)).toBe(sel.quote.exact);
  });

  it('finds the quote with a word changed inside it, covering the new wording', () => {
    const sel = saved('The losses have been mounting steadily over the past day');
    const text = edit(SAMPLE, 'mounting steadily', 'mounting relentlessly');
    const a = anchor(text, sel)!;
    expect(a.method).toBe('fuzzy');
    expect(text.slice(a.start, a.end)).toBe('The losses have been mounting relentlessly over the past day');
  });

  it('recovers a short quote rewritten too much for fuzzy matching when its context is intact', () => {
    const sel = saved('over the past day');
    const text = edit(SAMPLE, 'over the past day', 'over the last week');
    const a = anchor(text, sel)!;
    expect(text.slice(a.start, a.end)).toBe('over the last week');
  });

  it('ends an edited quote where its unchanged suffix begins, even when its prefix changed too', () => {
    const sel = saved('over the past day');
    const text = edit(SAMPLE, 'mounting steadily over the past day', 'rising sharply over the last week');
    const a = anchor(text, sel)!;
    expect(a.method).toBe('fuzzy');
    expect(text.slice(a.start, a.end)).toBe('over the last week');
  });

  it('lets prefix and suffix decide between two occurrences of the quote', () => {
    // "international community is" appears twice; the second one was highlighted.
    const sel = saved('international community is', 1);
    expect(SAMPLE.indexOf('international community is')).toBeLessThan(sel.position.start);
    const text = SAMPLE.slice(0, afterTitle) + NEW_PARAGRAPH + SAMPLE.slice(afterTitle);
    const want = sel.position.start + NEW_PARAGRAPH.length;
    expect(anchor(text, sel)).toMatchObject({ start: want, method: 'quote' });
    // Without the position selector, and with the first occurrence now nearer the old offset.
    expect(anchor(text, { quote: sel.quote })).toMatchObject({ start: want, method: 'quote' });
  });

  it('orphans a highlight whose sentence was deleted', () => {
    const sentence = 'However, Maksym Ustymenko, a Ukrainian airman, lost his life while trying to shoot down seven aerial targets.';
    const sel = saved(sentence);
    expect(anchor(edit(SAMPLE, ` ${sentence}`, ''), sel)).toBeNull();
  });

  it('orphans a short highlight whose occurrence was deleted even though the words recur elsewhere', () => {
    const sel = saved('Ukraine', 3);
    const { start, end } = spanOf(SAMPLE, 'Ukraine', 3);
    const sentenceStart = SAMPLE.lastIndexOf('.', start) + 1;
    const sentenceEnd = SAMPLE.indexOf('.', end) + 1;
    const text = SAMPLE.slice(0, sentenceStart) + SAMPLE.slice(sentenceEnd);
    expect(text).toContain('Ukraine');
    expect(anchor(text, sel)).toBeNull();
  });

  it('orphans a sentence rewritten beyond recognition between unchanged neighbours', () => {
    const sel = saved('Pope Leo XIV welcomed Ukrainian Greek Catholic pilgrims to the Vatican');
    const text = edit(SAMPLE, 'Pope Leo XIV welcomed Ukrainian Greek Catholic pilgrims to the Vatican', 'A regional choir toured several western cities during the summer break');
    expect(anchor(text, sel)).toBeNull();
  });

  it('does not move a deleted sentence onto a near-lookalike elsewhere', () => {
    const original = 'Slovakia’s Foreign Minister Juraj Blanar called for respect for international law and a return to diplomatic channels.';
    const lookalike = 'Slovakia’s Foreign Minister Juraj Blanar called for respect for international law and a return to diplomatic relations.';
    const sel = saved(original);
    let text = edit(SAMPLE, ` ${original}`, '');
    text = edit(text, 'One thing is clear:', `${lookalike} One thing is clear:`);
    expect(anchor(text, sel)).toBeNull();
    // The same lookalike placed where the original stood is the edited passage: found.
    const inPlace = edit(SAMPLE, original, lookalike);
    const a = anchor(inPlace, sel)!;
    expect(inPlace.slice(a.start, a.end)).toBe(lookalike);
  });

  it('moves with a passage that was moved to another place in the article', () => {
    const moved = 'CIA Director John Ratcliffe reported that most of Iran’s stockpile of enriched uranium remains buried';
    const sel = saved(moved);
    let text = edit(SAMPLE, moved, 'a spokesman said');
    text = edit(text, 'Read More', `${moved}.\n\nRead More`);
    const a = anchor(text, sel)!;
    expect(a.start).toBe(text.indexOf(moved));
    expect(a.end).toBe(a.start + moved.length);
  });

  it('ignores a stale position that now holds the same word in another sentence', () => {
    // Cut text before the 5th "Ukraine" so that the 6th one lands on the 5th's old offset.
    const sel = saved('Ukraine', 4);
    const cut = spanOf(SAMPLE, 'Ukraine', 5).start - sel.position.start;
    const text = SAMPLE.slice(0, afterTitle) + SAMPLE.slice(afterTitle + cut);
    expect(text.slice(sel.position.start, sel.position.end)).toBe('Ukraine');
    const a = anchor(text, sel)!;
    expect(a).toMatchObject({ start: sel.position.start - cut, method: 'quote' });
  });
});
