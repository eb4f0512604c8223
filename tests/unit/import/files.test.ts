import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBytes, importPath, type ImportItem } from '../../../src/main/import';
import { parseBody, png, tempDir } from './fixtures';

let dir: string;
let cleanup: () => void;
beforeAll(() => ({ dir, cleanup } = tempDir()));
afterAll(() => cleanup());

const write = (name: string, data: string | Uint8Array) => {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, data);
  return file;
};
const utf8 = (s: string) => new TextEncoder().encode(s);

function doc(item: ImportItem) {
  if (!item.ok) throw new Error(`expected a document, got: ${item.message}`);
  return item.doc;
}
function message(item: ImportItem): string {
  if (item.ok) throw new Error(`expected a refusal, got a document titled ${item.doc.title}`);
  return item.message;
}

describe('plain text', () => {
  it('keeps the text as read, without BOM and with LF line ends, and finds title and author', async () => {
    const file = write('note.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('The Harbour\r\nBy Ann Lee\r\n\r\nShips  came in.\r\n')]));
    const d = doc(await importPath(file));
    expect(d).toMatchObject({ title: 'The Harbour', author: 'Ann Lee', format: 'text', encoding: 'utf-8', source: file, assets: [] });
    expect(d.content).toBe('The Harbour\nBy Ann Lee\n\nShips  came in.\n');
  });

  it('reads a windows-1251 file (invalid UTF-8) in its own encoding', async () => {
    const text = 'Київ навесні\n\nКаштани цвітуть уздовж Хрещатика, і місто прокидається.';
    const d = doc(await importPath(write('kyiv.txt', new Uint8Array(iconv.encode(text, 'windows-1251')))));
    expect(d.content).toBe(text);
    expect(d.encoding).toBe('windows-1251');
    expect(d.title).toBe('Київ навесні');
  });

  it('sniffs an unknown extension: text stays text, HTML becomes HTML', async () => {
    expect(doc(await importBytes('README', utf8('Read me\nfirst'))).format).toBe('text');
    const html = doc(await importBytes('page.php', utf8('<!doctype html><html><body><h1>Hi</h1><p>There</p></body></html>')));
    expect(html.format).toBe('html');
    expect(html.content).toContain('There');
  });
});

describe('markdown', () => {
  it('reads YAML front matter and removes it from the body', async () => {
    const md = '---\ntitle: "Tides: a field guide"\nauthor: [Ann Lee, {name: Bo Chen}]\nsource: https://example.org/tides\ndate: 2023-05-04\n---\n\n# Something else\n\nBody text.\n';
    const d = doc(await importPath(write('tides.md', md)));
    expect(d).toMatchObject({
      title: 'Tides: a field guide',
      author: 'Ann Lee, Bo Chen',
      source: 'https://example.org/tides',
      publishedAt: '2023-05-04',
      format: 'markdown',
      content: '# Something else\n\nBody text.\n',
    });
  });

  it('takes the first # heading as title, else the first line', async () => {
    expect(doc(await importBytes('a.md', utf8('[![badge](x.svg)](y)\n\n# The *real* [title](u)\n\ntext'))).title).toBe('The real title');
    expect(doc(await importBytes('b.markdown', utf8('Setext title\n============\n\ntext'))).title).toBe('Setext title');
    expect(doc(await importBytes('c.md', utf8('```\n# not a title\n```\nFirst **line** here\nmore'))).title).toBe('First line here');
    expect(doc(await importBytes('d.md', utf8('Just a line\nmore'))).title).toBe('Just a line');
  });

  it('leaves a leading thematic break that is not front matter in the body', async () => {
    const md = '---\nNot yaml: really: no\n---\nText';
    expect(doc(await importBytes('e.md', utf8(md))).content).toBe(md);
  });
});

describe('HTML files', () => {
  it('reduces a page to its article, with metadata from meta tags and JSON-LD', async () => {
    const para = '<p>' + 'The river rose steadily through the night, and by morning the lower town was under water. '.repeat(6) + '</p>';
    const html = `<!doctype html><html><head><title>Flood | Daily River</title>
      <meta property="og:site_name" content="Daily River">
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"The night the river rose","author":{"@type":"Person","name":"Mara Olsen"},"datePublished":"2022-11-03"}</script>
      </head><body><nav><ul><li><a href="/">Home</a></li><li><a href="/sport">Sport</a></li></ul></nav>
      <article><h1>The night the river rose</h1>${para}${para}<p>Read <a href="https://example.org/more">more</a>.</p></article>
      <footer>© Daily River. Subscribe to our newsletter.</footer></body></html>`;
    const d = doc(await importBytes('flood.html', utf8(html)));
    expect(d).toMatchObject({ title: 'The night the river rose', author: 'Mara Olsen', siteName: 'Daily River', publishedAt: '2022-11-03', format: 'html' });
    const body = parseBody(d.content);
    expect(body.textContent).toContain('lower town was under water');
    expect(body.textContent).not.toContain('Subscribe to our newsletter');
    expect(body.querySelector('a')?.getAttribute('href')).toBe('https://example.org/more');
  });

  it('stores images beside the file as assets and drops ones outside its folder', async () => {
    const picture = png(40, 30);
    write('site/img/pic.png', picture);
    write('outside.png', png(20, 20));
    const file = write(
      'site/page.html',
      '<html><head><meta charset="utf-8"><title>Pics</title></head><body><p>Look: <img src="img/pic.png" alt="A red box"> and <img src="../outside.png" alt="Escaped"> done.</p></body></html>',
    );
    const d = doc(await importPath(file));
    expect(d.assets).toHaveLength(1);
    expect(d.assets[0]).toMatchObject({ file: 'img-1.png', mime: 'image/png' });
    expect(Buffer.from(d.assets[0]!.bytes).equals(Buffer.from(picture))).toBe(true);
    const imgs = Array.from(parseBody(d.content).querySelectorAll('img')).map((i) => i.getAttribute('src'));
    expect(imgs).toEqual(['assets/img-1.png']);
    expect(parseBody(d.content).textContent).toContain('Escaped');
  });

  it('imports what is there of a truncated file', async () => {
    const d = doc(await importBytes('cut.html', utf8('<html><head><title>Cut short</title></head><body><article><h1>Cut short</h1><p>First paragraph is whole.</p><p>Second one stops mid-wo')));
    expect(d.title).toBe('Cut short');
    expect(parseBody(d.content).textContent).toContain('Second one stops mid-wo');
  });

  it('honours <meta charset> for a windows-1251 page', async () => {
    const html = '<html><head><meta charset="windows-1251"><title>Новости</title></head><body><p>Сегодня в Москве солнечно.</p></body></html>';
    const d = doc(await importBytes('news.htm', new Uint8Array(iconv.encode(html, 'windows-1251'))));
    expect(d.encoding).toBe('windows-1251');
    expect(d.title).toBe('Новости');
    expect(d.content).toContain('Сегодня в Москве солнечно.');
  });

  it('refuses a page with nothing readable in it', async () => {
    expect(message(await importBytes('blank.html', utf8('<html><body><script>var x = 1;</script></body></html>')))).toBe('"blank.html" has no readable text');
  });
});

describe('bad input', () => {
  it('refuses binary files, naming the file and the format when known', async () => {
    expect(message(await importPath(write('photo.txt', png(4, 4))))).toBe('"photo.txt" is an image (PNG), not a text, Markdown or HTML document');
    expect(message(await importBytes('report.pdf', utf8('%PDF-1.7\n%\u00e2\u00e3')))).toMatch(/^"report.pdf" is a PDF document/);
    const junk = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expect(message(await importPath(write('data.bin', junk)))).toBe('"data.bin" looks like a binary file, not text');
    expect(message(await importBytes('nul.md', utf8('hello\u0000world')))).toBe('"nul.md" looks like a binary file, not text');
  });

  it('refuses empty and whitespace-only files', async () => {
    expect(message(await importPath(write('zero.txt', '')))).toBe('"zero.txt" is empty');
    expect(message(await importPath(write('spaces.md', ' \n\t\r\n ')))).toBe('"spaces.md" is empty (it holds only whitespace)');
  });

  it('refuses a file over 50 MB before reading it', async () => {
    const file = write('huge.txt', '');
    fs.truncateSync(file, 51 * 1024 * 1024);
    expect(message(await importPath(file))).toBe('"huge.txt" is too large (51 MB; the limit is 50 MB)');
  });

  it('refuses folders, missing files, broken links and special files', async () => {
    fs.mkdirSync(path.join(dir, 'folder.txt'));
    expect(message(await importPath(path.join(dir, 'folder.txt')))).toBe('"folder.txt" is a folder, not a file');
    expect(message(await importPath(path.join(dir, 'nope.txt')))).toBe('"nope.txt" does not exist (or is a broken link)');
    fs.symlinkSync(path.join(dir, 'gone.txt'), path.join(dir, 'dangling.txt'));
    expect(message(await importPath(path.join(dir, 'dangling.txt')))).toBe('"dangling.txt" does not exist (or is a broken link)');
    const fifo = path.join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    expect(message(await importPath(fifo))).toBe('"pipe.txt" is not a regular file');
  });

  it('answers the path it was given as the item name', async () => {
    const file = path.join(dir, 'missing', 'x.md');
    expect(await importPath(file)).toEqual({ name: file, ok: false, message: '"x.md" does not exist (or is a broken link)' });
  });
});
