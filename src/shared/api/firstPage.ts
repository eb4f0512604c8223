// The first page of the library list: what the window shows first, so it is asked for before
// anything else. Web mode embeds the answer in the app page it serves to a URL carrying the token
// (a JSON data block, which is never run), so the first paint waits for no request; elsewhere the
// renderer asks for it as its first call.
import type { Args } from './contract';

/** Rows in the first page: at least every row of a list short enough not to be virtualised. */
export const FIRST_PAGE_ROWS = 200;

export const FIRST_PAGE_ARGS: Args<'articles.page'> = { limit: FIRST_PAGE_ROWS };

/** Id of the data block in the app page. */
export const FIRST_PAGE_ELEMENT = 'margin-first-page';

/**
 * The data block carrying `outcome` (the answer to articles.page with FIRST_PAGE_ARGS). Every `<`
 * is escaped, so nothing in the data can end the element or open another one.
 */
export function firstPageBlock(outcome: unknown): string {
  return `<script type="application/json" id="${FIRST_PAGE_ELEMENT}">${JSON.stringify(outcome).replace(/</g, '\\u003c')}</script>`;
}
