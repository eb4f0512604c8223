// The page's first work, before the rest of the renderer's modules run: picks the transport, builds
// the one `api` object and gets the list's first page — from the page itself when web mode embedded
// it, else by asking at once. main.ts imports this module first and ES modules run in import order,
// so the request is on its way while the rest of the window is built; App.start() takes the answer.
import { createApi } from '../shared/api/client';
import type { ArticlePage } from '../shared/api/contract';
import { FIRST_PAGE_ARGS, FIRST_PAGE_ELEMENT } from '../shared/api/firstPage';
import type { Outcome } from '../shared/api/result';
import { pickTransport } from './api/transport';

export const transport = pickTransport();
export const api = createApi(transport);

/** The first page web mode put in the page (see shared/api/firstPage.ts), taken out of it. */
function embeddedFirstPage(): Outcome<ArticlePage> | null {
  const block = document.getElementById(FIRST_PAGE_ELEMENT);
  if (!block) return null;
  block.remove();
  try {
    return JSON.parse(block.textContent ?? '') as Outcome<ArticlePage>;
  } catch {
    return null;
  }
}

const embedded = embeddedFirstPage();
/** The list as the window first shows it (the library, no tag filter): its first page. */
export const firstListPage: Promise<Outcome<ArticlePage>> = embedded ? Promise.resolve(embedded) : api.call('articles.page', FIRST_PAGE_ARGS);
// When the page had the list's data in hand, for the bench and the browser's performance panel.
void firstListPage.then(() => performance.mark('margin:list-data'));
