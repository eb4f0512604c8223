// Highlights and notes on an article: created from offsets into the article's text model (the
// renderer and main compute the same text), described with W3C selectors, saved at once.
import crypto from 'node:crypto';
import { describe as describeRange } from '../../shared/anchoring';
import { MarginError } from '../../shared/api/result';
import { mergeTags } from '../../shared/tags';
import type { Highlight, HighlightColor } from '../../shared/types';
import type { LibraryStore } from '../library/store';
import type { ArticleViews } from './articleViews';

export interface NewHighlight {
  articleId: string;
  start: number;
  end: number;
  /** The text the caller saw at [start, end): refused when the article's text differs. */
  exact?: string;
  color: HighlightColor;
  note?: string;
  tags?: string[];
}

export interface HighlightChange {
  articleId: string;
  id: string;
  color?: HighlightColor;
  note?: string;
  tags?: string[];
}

const byPosition = (a: Highlight, b: Highlight) => a.position.start - b.position.start || a.position.end - b.position.end;

export class Highlights {
  constructor(
    private readonly store: LibraryStore,
    private readonly views: ArticleViews,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** The article's highlights in reading order. */
  list(articleId: string): Highlight[] {
    this.store.meta(articleId);
    return [...this.store.annotationsOf(articleId).highlights].sort(byPosition);
  }

  add(input: NewHighlight): Highlight {
    return this.addMany(input.articleId, [input])[0]!;
  }

  /** Adds several highlights to one article in one locked write (an import); each is checked as add() checks it. */
  addMany(articleId: string, inputs: readonly Omit<NewHighlight, 'articleId'>[]): Highlight[] {
    const { text } = this.views.derived(articleId);
    const now = this.clock().toISOString();
    const made = inputs.map((input) => this.make({ ...input, articleId }, text, now));
    this.store.updateAnnotations(articleId, (d) => {
      d.highlights.push(...made);
    });
    return made;
  }

  private make(input: NewHighlight, text: string, now: string): Highlight {
    const { start, end } = input;
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= text.length)) {
      throw new MarginError('bad_input', 'That selection is outside the article.');
    }
    const exact = text.slice(start, end);
    if (input.exact !== undefined && input.exact !== exact) {
      throw new MarginError('conflict', 'The article changed under the selection; select the passage again.');
    }
    if (exact.trim() === '') throw new MarginError('bad_input', 'Select some text to highlight.');
    return {
      id: crypto.randomBytes(6).toString('hex'),
      articleId: input.articleId,
      color: input.color,
      note: input.note ?? '',
      tags: mergeTags([], input.tags ?? []),
      createdAt: now,
      updatedAt: now,
      ...describeRange(text, start, end),
    };
  }

  /** Creates a highlight from a quote (CLI, scripts): refused when it is missing or ambiguous. */
  addByQuote(input: Omit<NewHighlight, 'start' | 'end' | 'exact'> & { quote: string; prefix?: string; suffix?: string }): Highlight {
    const { text } = this.views.derived(input.articleId);
    const quote = input.quote.normalize('NFC');
    if (!quote.trim()) throw new MarginError('bad_input', 'The quote is empty.');
    const hits: number[] = [];
    for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) {
      const before = text.slice(0, i);
      const after = text.slice(i + quote.length);
      if ((input.prefix === undefined || before.endsWith(input.prefix)) && (input.suffix === undefined || after.startsWith(input.suffix))) hits.push(i);
    }
    if (hits.length === 0) throw new MarginError('not_found', `The quote was not found in the article: "${clip(quote)}"`);
    if (hits.length > 1) {
      throw new MarginError('conflict', `The quote appears ${hits.length} times; add --prefix or --suffix to say which: "${clip(quote)}"`);
    }
    return this.add({ ...input, start: hits[0]!, end: hits[0]! + quote.length });
  }

  update(change: HighlightChange): Highlight {
    return this.store.updateAnnotations(change.articleId, (d) => {
      const h = d.highlights.find((x) => x.id === change.id);
      if (!h) throw new MarginError('not_found', 'That highlight no longer exists.');
      if (change.color !== undefined) h.color = change.color;
      if (change.note !== undefined) h.note = change.note;
      if (change.tags !== undefined) h.tags = mergeTags([], change.tags);
      h.updatedAt = this.clock().toISOString();
      return h;
    });
  }

  /** Changes one highlight's tags from what they are on disk, under the library lock: a tag added
   * at the same moment by another process is never lost. */
  editTags(articleId: string, id: string, edit: (tags: string[]) => string[]): Highlight {
    return this.store.updateAnnotations(articleId, (d) => {
      const h = d.highlights.find((x) => x.id === id);
      if (!h) throw new MarginError('not_found', `No highlight ${id} in article ${articleId}.`);
      h.tags = mergeTags([], edit(h.tags));
      h.updatedAt = this.clock().toISOString();
      return h;
    });
  }

  /** Deletes a highlight and returns it, so the caller can offer Undo (restore). */
  remove(articleId: string, id: string): Highlight {
    return this.store.updateAnnotations(articleId, (d) => {
      const i = d.highlights.findIndex((x) => x.id === id);
      if (i === -1) throw new MarginError('not_found', 'That highlight no longer exists.');
      return d.highlights.splice(i, 1)[0]!;
    });
  }

  /** Puts back a highlight removed before (undo), exactly as it was. */
  restore(highlight: Highlight): Highlight {
    return this.store.updateAnnotations(highlight.articleId, (d) => {
      if (!d.highlights.some((x) => x.id === highlight.id)) d.highlights.push(highlight);
      return highlight;
    });
  }
}

const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);
