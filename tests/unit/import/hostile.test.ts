import { describe, expect, it } from 'vitest';
import { importBytes, importPastedText, type ImportItem } from '../../../src/main/import';
import { parseBody, unsafeParts } from './fixtures';

const SVG_SCRIPT = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>').toString('base64');

/** Payloads in the spirit of DOMPurify's test corpus: each must lose everything that runs or loads. */
const PAYLOADS: Array<[string, string]> = [
  ['img onerror', '<img src=x onerror=alert(1)>'],
  ['javascript: link', '<a href="javascript:alert(1)">click</a>'],
  ['svg script', '<svg><script>alert(1)</script></svg>'],
  ['svg onload', '<svg onload=alert(1)><circle r="5"/></svg>'],
  ['svg xlink javascript', '<svg><a xlink:href="javascript:alert(1)"><text x="0" y="10">svg link</text></a></svg>'],
  ['iframe srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
  ['iframe src', '<iframe src="https://evil.example/"></iframe>'],
  ['object data', '<object data="https://evil.example/x.swf"><param name="a" value="b"></object>'],
  ['embed', '<embed src="https://evil.example/x.swf">'],
  ['form action', '<form action="https://evil.example/steal"><input name="p"><button formaction="https://evil.example/">Go</button></form>'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example/">'],
  ['base href', '<base href="https://evil.example/"><img src="relative.png" alt="rel">'],
  ['style @import', '<style>@import url(http://evil.example/x.css); p { background: url(http://evil.example/bg.png) }</style>'],
  ['style attribute url', '<p style="background:url(http://evil.example/bg.png)">styled</p>'],
  ['style expression', '<div style="width: expression(alert(1))">ie</div>'],
  ['link stylesheet', '<link rel="stylesheet" href="http://evil.example/x.css">'],
  ['tracking pixel', '<img src="http://tracker.example/pixel.gif" width="1" height="1">'],
  ['remote image', '<img src="https://evil.example/photo.jpg" alt="remote photo">'],
  ['protocol-relative image', '<img src="//evil.example/p.png" alt="pr">'],
  ['remote srcset', '<img srcset="http://evil.example/a.png 1x, http://evil.example/b.png 2x" alt="set">'],
  ['math mglyph style', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>'],
  ['entity-obfuscated javascript', '<a href="jav&#x61;script:alert(1)">obf</a>'],
  ['decimal entities javascript', '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">dec</a>'],
  ['tab inside javascript', '<a href="java\tscript:alert(1)">tab</a>'],
  ['leading space javascript', '<a href="  javascript:alert(1)">space</a>'],
  ['colon entity', '<a href="javascript&colon;alert(1)">colon</a>'],
  ['vbscript', '<a href="vbscript:msgbox(1)">vb</a>'],
  ['data: html link', '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a>'],
  ['svg data image', `<img src="data:image/svg+xml;base64,${SVG_SCRIPT}" alt="svg data">`],
  ['split script tag', '<scr<script>ipt>alert(1)</scr</script>ipt>'],
  ['noscript title breakout', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>'],
  ['inline handlers', '<div onclick="alert(1)" onmouseover="alert(2)">handlers</div>'],
  ['details ontoggle', '<details open ontoggle=alert(1)><summary>s</summary>d</details>'],
  ['video poster', '<video poster="http://evil.example/p.png" src="http://evil.example/v.mp4"></video>'],
  ['input image', '<input type="image" src="http://evil.example/i.png">'],
  ['table background', '<table background="http://evil.example/bg.png"><tr><td>cell</td></tr></table>'],
  ['template', '<template><img src=x onerror=alert(1)></template>'],
  ['textarea breakout', '<textarea></textarea><img src=x onerror=alert(2)></textarea>'],
  ['body onload', '<body onload="alert(1)">'],
  ['uppercase tags', '<IMG SRC="javascript:alert(1)"><SCRIPT>alert(1)</SCRIPT>'],
];

function page(payload: string, n: number): string {
  return `<!doctype html><html><head><title>Hostile ${n}</title></head><body><article><h1>Hostile ${n}</h1><p>Safe paragraph ${n} stays readable.</p>${payload}<p>After the payload.</p></article></body></html>`;
}

function content(item: ImportItem): string {
  if (!item.ok) throw new Error(item.message);
  return item.doc.content;
}

describe('hostile HTML', () => {
  it(`has at least 25 payloads (${PAYLOADS.length})`, () => expect(PAYLOADS.length).toBeGreaterThanOrEqual(25));

  it.each(PAYLOADS.map(([name, payload], n) => [name, payload, n] as const))('%s: nothing that runs or loads survives a file import', async (_name, payload, n) => {
    const html = content(await importBytes(`hostile-${n}.html`, new TextEncoder().encode(page(payload, n))));
    expect(unsafeParts(html)).toEqual([]);
    expect(parseBody(html).textContent).toContain(`Safe paragraph ${n} stays readable.`);
  });

  it.each(PAYLOADS.map(([name, payload], n) => [name, payload, n] as const))('%s: nothing that runs or loads survives a paste', async (_name, payload, n) => {
    const html = content(await importPastedText('plain fallback', `<p>Safe paragraph ${n} stays readable.</p>${payload}`));
    expect(unsafeParts(html)).toEqual([]);
    expect(parseBody(html).textContent).toContain(`Safe paragraph ${n} stays readable.`);
  });

  it('keeps the alt text of images it drops, and ordinary links', async () => {
    const html = content(await importPastedText('', '<p>See <img src="https://evil.example/photo.jpg" alt="the harbour at dusk"> and <a href="https://example.org/x">this</a> or <a href="mailto:a@b.c">mail</a> or <a href="#n1">note</a>.</p>'));
    const body = parseBody(html);
    expect(body.textContent).toContain('the harbour at dusk');
    expect(body.querySelectorAll('img')).toHaveLength(0);
    expect(Array.from(body.querySelectorAll('a')).map((a) => a.getAttribute('href'))).toEqual(['https://example.org/x', 'mailto:a@b.c', '#n1']);
  });

  it('the safety check itself catches what it must', () => {
    expect(unsafeParts('<img src="http://x/y.png"><a href="javascript:x">a</a><p onclick="x" style="color:red">p</p><svg></svg>')).toEqual([
      'src=http://x/y.png',
      'href=javascript:x',
      'href holds a script URL',
      'onclick handler',
      'style=color:red',
      '<svg>',
    ]);
  });
});
