import { describe, expect, it } from 'vitest';
import { importPastedText, type ImportItem } from '../../../src/main/import';
import { parseBody, png } from './fixtures';

function doc(item: ImportItem) {
  if (!item.ok) throw new Error(`expected a document, got: ${item.message}`);
  return item.doc;
}

describe('importPastedText', () => {
  it('prefers the clipboard HTML, keeping it whole', async () => {
    const html = '<html><body><!--StartFragment--><h2>Quarterly notes</h2><p>Revenue rose <b>12%</b>.</p><ul><li>one</li></ul><!--EndFragment--></body></html>';
    const d = doc(await importPastedText('Quarterly notes\nRevenue rose 12%.', html));
    expect(d).toMatchObject({ title: 'Quarterly notes', format: 'html', source: null, author: null });
    expect(d.content).toBe('<h2>Quarterly notes</h2><p>Revenue rose <b>12%</b>.</p><ul><li>one</li></ul>');
  });

  it('stores embedded data: images as assets', async () => {
    const img = png(16, 16);
    const d = doc(await importPastedText('', `<p>Chart: <img src="data:image/png;base64,${Buffer.from(img).toString('base64')}" alt="chart"></p>`));
    expect(d.assets.map((a) => a.file)).toEqual(['img-1.png']);
    expect(parseBody(d.content).querySelector('img')?.getAttribute('src')).toBe('assets/img-1.png');
  });

  it('falls back to the plain text when the HTML holds nothing readable', async () => {
    const d = doc(await importPastedText('Line one\r\nBy Sam Ortiz\r\nLine three', '<meta charset="utf-8"><script>x()</script>'));
    expect(d).toMatchObject({ format: 'text', title: 'Line one', author: 'Sam Ortiz', content: 'Line one\nBy Sam Ortiz\nLine three' });
  });

  it('treats pasted Markdown with a # title as Markdown', async () => {
    expect(doc(await importPastedText('# Plan\n\n- a\n- b'))).toMatchObject({ format: 'markdown', title: 'Plan' });
  });

  it('refuses an empty paste', async () => {
    expect(await importPastedText('  \n ')).toEqual({ name: 'pasted text', ok: false, message: 'nothing to import: the pasted text is empty' });
  });
});
