import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importUrl, type ImportItem } from '../../../src/main/import';
import { jpeg, parseBody, PIXEL_GIF, png, serve, unsafeParts, type Route } from './fixtures';

const ONE = png(64, 48, [10, 120, 200]);
const SMALL = png(32, 24, [0, 0, 0]);
const BIG = jpeg(1600, 1200);
const LAZY = png(30, 30, [0, 200, 0]);
const PARA = '<p>' + 'Harbour cranes stood idle for a week while the dock workers negotiated a new contract. '.repeat(5) + '</p>';

const ARTICLE = `<!doctype html><html><head><title>Dock strike ends - Port Gazette</title>
<meta property="og:title" content="Dock strike ends after a week">
<meta property="og:site_name" content="Port Gazette">
<meta property="article:published_time" content="2024-02-10T08:30:00Z">
<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Ines Duarte"}]}</script>
</head><body><header><a href="/">Port Gazette</a> <a href="/subscribe">Subscribe</a></header>
<article><h1>Dock strike ends after a week</h1>${PARA}
<figure><img src="img/one.png" alt="Cranes at rest"><figcaption>Cranes at rest</figcaption></figure>
${PARA}
<figure><img src="/img/missing.png" srcset="/img/small.png 480w, /img/big.jpg 1600w" sizes="100vw" alt="The quay"></figure>
<p>Lazy: <img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" data-src="/img/lazy.png" alt="lazy one"></p>
<p>Broken: <img src="/img/gone.png" alt="A chart that failed"> and fake: <img src="/img/fake.png" alt="not really an image"></p>
<p><img src="/img/pixel.gif"> Read the <a href="/archive">archive</a>.</p>
${PARA}</article><footer>Port Gazette footer, unsubscribe here.</footer></body></html>`;

const send =
  (type: string, body: string | Uint8Array, status = 200): Route =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': type });
    res.end(body);
  };
const redirect =
  (to: string, status = 302): Route =>
  (_req, res) => {
    res.writeHead(status, { location: to });
    res.end();
  };

let server: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  const chain: Record<string, Route> = {};
  for (let i = 0; i < 10; i++) chain[`/chain/${i}`] = redirect(`/chain/${i + 1}`);
  server = await serve({
    '/news/dock-strike': send('text/html; charset=utf-8', ARTICLE),
    '/news/img/one.png': send('image/png', ONE),
    '/img/small.png': send('image/png', SMALL),
    '/img/big.jpg': send('image/jpeg', BIG),
    '/img/lazy.png': send('image/png', LAZY),
    '/img/pixel.gif': send('image/gif', PIXEL_GIF),
    '/img/fake.png': send('image/png', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
    '/r1': redirect('/r2', 301),
    '/r2': redirect('/news/dock-strike', 302),
    '/loop-a': redirect('/loop-b'),
    '/loop-b': redirect('/loop-a'),
    ...chain,
    '/to-file': redirect('file:///etc/passwd'),
    '/slow': () => undefined,
    '/photo.png': send('image/png', ONE),
    '/paper': send('application/pdf', '%PDF-1.4 ...'),
    '/old-russian': send('text/html; charset=windows-1251', new Uint8Array(iconv.encode('<html><head><title>Погода</title></head><body><p>Завтра будет дождь и ветер.</p></body></html>', 'windows-1251'))),
    '/notes/readme.md': send('text/plain; charset=utf-8', '---\ntitle: Raw notes\n---\n# Heading\n\nText.'),
    '/huge': send('text/html', '<p>' + 'x'.repeat(200_000) + '</p>'),
    '/empty': send('text/html', ''),
  });
});
afterAll(() => server.close());

function doc(item: ImportItem) {
  if (!item.ok) throw new Error(`expected a document, got: ${item.message}`);
  return item.doc;
}
const message = (item: ImportItem) => (item.ok ? `unexpected document ${item.doc.title}` : item.message);

describe('importUrl', () => {
  it('imports an article, downloads its images into assets and leaves nothing remote', async () => {
    const d = doc(await importUrl(server.url('/news/dock-strike')));
    expect(d).toMatchObject({
      title: 'Dock strike ends after a week',
      author: 'Ines Duarte',
      siteName: 'Port Gazette',
      publishedAt: '2024-02-10T08:30:00.000Z',
      source: server.url('/news/dock-strike'),
      format: 'html',
      encoding: 'utf-8',
    });
    expect(d.assets.map((a) => [a.file, a.mime])).toEqual([
      ['img-1.png', 'image/png'],
      ['img-2.jpg', 'image/jpeg'],
      ['img-3.png', 'image/png'],
    ]);
    expect(Buffer.from(d.assets[0]!.bytes).equals(Buffer.from(ONE))).toBe(true);
    expect(Buffer.from(d.assets[1]!.bytes).equals(Buffer.from(BIG))).toBe(true);
    expect(Buffer.from(d.assets[2]!.bytes).equals(Buffer.from(LAZY))).toBe(true);

    const body = parseBody(d.content);
    expect(Array.from(body.querySelectorAll('img')).map((i) => [i.getAttribute('src'), i.getAttribute('alt')])).toEqual([
      ['assets/img-1.png', 'Cranes at rest'],
      ['assets/img-2.jpg', 'The quay'],
      ['assets/img-3.png', 'lazy one'],
    ]);
    expect(unsafeParts(d.content)).toEqual([]);
    expect(d.content).not.toContain('127.0.0.1:' + new URL(server.url('/')).port + '/img');
    expect(body.textContent).toContain('A chart that failed');
    expect(body.textContent).toContain('not really an image');
    expect(body.textContent).not.toContain('unsubscribe here');
    expect(body.querySelector('a[href$="/archive"]')?.getAttribute('href')).toBe(server.url('/archive'));
    expect(server.hits).not.toContain('/img/missing.png');
  });

  it('follows a 301/302 chain and reports the final address as the source', async () => {
    const d = doc(await importUrl(server.url('/r1')));
    expect(d.source).toBe(server.url('/news/dock-strike'));
    expect(d.title).toBe('Dock strike ends after a week');
  });

  it('stops at a redirect loop and at too many redirects', async () => {
    expect(message(await importUrl(server.url('/loop-a')))).toBe(`redirect loop: ${server.url('/loop-b')} redirects back to ${server.url('/loop-a')}`);
    expect(message(await importUrl(server.url('/chain/0')))).toBe('too many redirects (more than 5)');
    expect(message(await importUrl(server.url('/r1'), { maxRedirects: 1 }))).toBe('too many redirects (more than 1)');
  });

  it('refuses redirects and addresses that are not http(s)', async () => {
    expect(message(await importUrl(server.url('/to-file')))).toBe('127.0.0.1:' + new URL(server.url('/')).port + ' redirected to a non-web address (file:)');
    expect(message(await importUrl('file:///etc/passwd'))).toBe('only http and https addresses can be imported, not file:');
    expect(message(await importUrl('not a url'))).toBe('"not a url" is not a valid web address');
  });

  it('gives up on a slow server after the timeout', async () => {
    const started = Date.now();
    expect(message(await importUrl(server.url('/slow'), { timeoutMs: 300 }))).toBe('timed out after 0.3 s');
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('reports HTTP errors, images, PDFs, empty and oversized pages', async () => {
    expect(message(await importUrl(server.url('/nowhere')))).toBe('the server answered 404 Not Found');
    expect(message(await importUrl(server.url('/photo.png')))).toBe('the address points to an image (image/png), not a web page');
    expect(message(await importUrl(server.url('/paper')))).toBe('the address points to a PDF document (application/pdf), not a web page');
    expect(message(await importUrl(server.url('/empty')))).toBe('the page is empty');
    expect(message(await importUrl(server.url('/huge'), { maxBytes: 100_000 }))).toBe('the response is larger than 98 KB');
  });

  it('reports a server that is not there', async () => {
    const gone = await serve({});
    const address = gone.url('/x');
    await gone.close();
    expect(message(await importUrl(address))).toMatch(/^could not connect to 127\.0\.0\.1:\d+: connection refused$/);
  });

  it('decodes the charset the server declares', async () => {
    const d = doc(await importUrl(server.url('/old-russian')));
    expect(d).toMatchObject({ title: 'Погода', encoding: 'windows-1251' });
    expect(d.content).toContain('Завтра будет дождь и ветер.');
  });

  it('imports a raw Markdown file served as text/plain', async () => {
    expect(doc(await importUrl(server.url('/notes/readme.md')))).toMatchObject({ format: 'markdown', title: 'Raw notes', content: '# Heading\n\nText.' });
  });
});
