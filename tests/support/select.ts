// Real mouse selections in the reader: finds where a phrase is drawn and drags across it with the
// mouse, as a person would.
import type { Page } from '@playwright/test';

/** Screen points just inside the first and last character of `phrase` (its n-th occurrence). */
export async function phrasePoints(page: Page, phrase: string, occurrence = 0, endPhrase?: string) {
  return page.evaluate(
    ({ phrase, occurrence, endPhrase }) => {
      const root = document.querySelector('article.article')!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
      const text = nodes.map((n) => n.data).join('');
      const find = (p: string, from: number, nth: number) => {
        let i = text.indexOf(p, from);
        for (let k = 0; k < nth && i !== -1; k++) i = text.indexOf(p, i + 1);
        if (i === -1) throw new Error(`phrase not found: ${p}`);
        return i;
      };
      const at = (offset: number) => {
        let acc = 0;
        for (const n of nodes) {
          if (offset < acc + n.data.length) return { node: n, offset: offset - acc };
          acc += n.data.length;
        }
        throw new Error('offset outside text');
      };
      const rectOf = (offset: number) => {
        const { node, offset: o } = at(offset);
        const r = document.createRange();
        r.setStart(node, o);
        r.setEnd(node, o + 1);
        const rect = r.getClientRects()[0] ?? r.getBoundingClientRect();
        return { x: rect.left, y: rect.top + rect.height / 2, w: rect.width };
      };
      const start = find(phrase, 0, occurrence);
      const endStart = endPhrase ? find(endPhrase, start, 0) : start;
      const endOffset = endPhrase ? endStart + endPhrase.length - 1 : start + phrase.length - 1;
      const first = rectOf(start);
      const last = rectOf(endOffset);
      return { from: { x: first.x + 1, y: first.y }, to: { x: last.x + last.w - 1, y: last.y } };
    },
    { phrase, occurrence, endPhrase },
  );
}

/** Drags the mouse across `phrase` (or from `phrase` to the end of `endPhrase`). */
export async function dragSelect(page: Page, phrase: string, options: { occurrence?: number; endPhrase?: string } = {}) {
  const article = page.locator('article.article');
  await article.getByText(phrase.slice(0, 20), { exact: false }).first().scrollIntoViewIfNeeded();
  let { from, to } = await phrasePoints(page, phrase, options.occurrence ?? 0, options.endPhrase);
  const height = page.viewportSize()?.height ?? 800;
  if (to.y > height - 40) {
    // Bring the whole span into view first, as a person scrolls before dragging.
    await page.locator('.reader-scroll').evaluate((el, dy) => el.scrollBy(0, dy), from.y - 120);
    ({ from, to } = await phrasePoints(page, phrase, options.occurrence ?? 0, options.endPhrase));
  }
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 4 });
  await page.mouse.up();
}

/** Clicks on the first character of a phrase (e.g. to click a highlight). */
export async function clickPhrase(page: Page, phrase: string) {
  const { from } = await phrasePoints(page, phrase);
  await page.mouse.click(from.x + 2, from.y);
}
