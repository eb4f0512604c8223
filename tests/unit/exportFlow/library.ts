// A real library in a temp folder holding the seeded sample, with highlights in every colour, notes
// and nested tags, and a typed way to call the contract through the same dispatch the app uses.
import { expect } from 'vitest';
import type { Args, Result } from '../../../src/shared/api/contract';
import type { Method } from '../../../src/shared/api/methods';
import { createServices, type Services } from '../../../src/main/services/services';
import type { Highlight, HighlightColor } from '../../../src/shared/types';
import { SEEDS, tempDir } from '../../support/tmp';

/** Calls a method through dispatch (arguments validated) and returns its value; throws its error otherwise. */
export async function call<M extends Method>(s: Services, method: M, args: Args<M>): Promise<Result<M>> {
  const outcome = await s.dispatch(method, args);
  if (!outcome.ok) throw Object.assign(new Error(outcome.error.message), { code: outcome.error.code });
  return outcome.value as Result<M>;
}

/** Highlights `phrase` (its first occurrence) in the article's text model. */
export function mark(s: Services, articleId: string, phrase: string, color: HighlightColor, note = '', tags: string[] = []): Highlight {
  const start = s.views.derived(articleId).text.indexOf(phrase);
  expect(start, `phrase in the article: ${phrase}`).toBeGreaterThanOrEqual(0);
  return s.highlights.add({ articleId, start, end: start + phrase.length, exact: phrase, color, note, tags });
}

/** The passages the tests highlight, one per colour, with notes that need escaping and nested tags. */
export const MARKS: Array<{ phrase: string; color: HighlightColor; note: string; tags: string[] }> = [
  { phrase: 'over 1 million troops killed or wounded', color: 'yellow', note: 'Check: *really* over 1M?\nSee [General Staff] # figures', tags: ['war/losses'] },
  { phrase: '10,980 tanks', color: 'green', note: '', tags: ['war/equipment/tanks', 'Key point'] },
  { phrase: '1,070 casualties', color: 'blue', note: 'One day.', tags: [] },
  { phrase: 'Mayor Andrii Sadovyi', color: 'pink', note: 'Lviv mayor', tags: ['people'] },
  { phrase: 'Maksym Ustymenko', color: 'purple', note: 'Airman — 7 targets\n\nSecond paragraph.', tags: ['people/military'] },
];

/** A fresh library with the sample article; `marked` adds MARKS to it. */
export async function sampleLibrary(options: { marked?: boolean } = {}) {
  const s = await createServices({ dir: tempDir(), seedsDir: SEEDS });
  const sample = s.store.summaries()[0]!;
  const highlights = options.marked === false ? [] : MARKS.map((m) => mark(s, sample.id, m.phrase, m.color, m.note, m.tags));
  return { s, sample, highlights };
}
