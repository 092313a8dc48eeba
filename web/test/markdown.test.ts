// @vitest-environment jsdom
// The sanitizer against an XSS corpus: whatever a message says, the HTML it renders to holds no
// script, no event handler, no javascript:/data: URL, no remote content, no styling. Each payload
// is also rendered into a live jsdom document to check nothing ran.
import { describe, expect, test } from 'vitest';
import { renderMarkdown } from '../src/markdown';

const corpus = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  '<svg onload="window.__xss=1"></svg>',
  '<svg><script>window.__xss=1</script></svg>',
  '<iframe src="javascript:window.__xss=1"></iframe>',
  '<a href="javascript:window.__xss=1">click</a>',
  '[click](javascript:window.__xss=1)',
  '[click](JaVaScRiPt:window.__xss=1)',
  '[click](  javascript:window.__xss=1)',
  '[click](java\tscript:window.__xss=1)',
  '[click](&#106;avascript:window.__xss=1)',
  '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[click](vbscript:msgbox(1))',
  '![x](javascript:window.__xss=1)',
  '![x](https://evil.example/track.png)',
  '<details open ontoggle="window.__xss=1">',
  '<body onload="window.__xss=1">',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss=1">',
  '<form action="javascript:window.__xss=1"><button>go</button></form>',
  '<input autofocus onfocus="window.__xss=1">',
  '<div style="background:url(javascript:window.__xss=1)">x</div>',
  '<style>*{background:red}</style>',
  '<object data="javascript:window.__xss=1"></object>',
  '<embed src="javascript:window.__xss=1">',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__xss=1">',
  '<base href="javascript:/">',
  '<a href="https://ok.example" onclick="window.__xss=1">ok</a>',
  '`<img src=x onerror=window.__xss=1>`',
  '```html\n<script>window.__xss=1</script>\n```',
  '> <img src=x onerror=window.__xss=1>',
  '**<img src=x onerror=window.__xss=1>**',
  '||<img src=x onerror=window.__xss=1>||',
  '<@1234" onmouseover="window.__xss=1>',
  '[x](https://ok.example "title\\" onmouseover=\\"window.__xss=1")',
  '<noscript><p title="</noscript><img src=x onerror=window.__xss=1>">',
  '<a href="https://ok.example" class="x" data-x="1" aria-hidden="true">ok</a>',
];

const TAGS = ['P', 'BR', 'STRONG', 'EM', 'DEL', 'CODE', 'PRE', 'BLOCKQUOTE', 'A', 'UL', 'OL', 'LI', 'SPAN',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HR'];

/** Checks the rendered HTML as a browser would parse it: escaped text may say anything, elements may not. */
function check(html: string): void {
  const host = document.createElement('div');
  host.innerHTML = html;
  for (const el of host.querySelectorAll('*')) {
    expect(TAGS).toContain(el.tagName);
    for (const attr of el.getAttributeNames()) {
      expect(['href', 'class', 'title', 'start', 'target', 'rel']).toContain(attr);
    }
    const href = el.getAttribute('href');
    if (href !== null) expect(href).toMatch(/^(https?:|mailto:)/i);
  }
}

describe('the markdown sanitizer', () => {
  test.each(corpus)('neutralizes %s', (payload) => {
    (window as unknown as { __xss?: number }).__xss = undefined;
    const html = renderMarkdown(payload);
    check(html);
    document.body.innerHTML = html;
    document.querySelectorAll('a').forEach((a) => a.dispatchEvent(new window.MouseEvent('mouseover')));
    expect((window as unknown as { __xss?: number }).__xss).toBeUndefined();
  });

  test('raw HTML is shown as text', () => {
    const html = renderMarkdown('<b>hi</b>');
    expect(html).toContain('&lt;b&gt;hi&lt;/b&gt;');
  });

  test('renders bold, italics, strikethrough, code, quotes, lists and spoilers', () => {
    const html = renderMarkdown('**b** _i_ ~~s~~ `c`\n\n> q\n\n- one\n- two\n\n```\nblock\n```\n\n||hidden||');
    expect(html).toContain('<strong>b</strong>');
    expect(html).toContain('<em>i</em>');
    expect(html).toContain('<del>s</del>');
    expect(html).toContain('<code>c</code>');
    expect(html).toContain('<blockquote>');
    expect(html).toContain('<li>two</li>');
    expect(html).toContain('<pre><code>block');
    expect(html).toContain('<span class="spoiler">hidden</span>');
  });

  test('links open in a new tab without an opener', () => {
    const html = renderMarkdown('[site](https://parley.example/x?a=1)');
    expect(html).toContain('href="https://parley.example/x?a=1"');
    expect(html).toContain('rel="noopener noreferrer nofollow"');
    expect(html).toContain('target="_blank"');
  });

  test('mentions show names; unknown ids and code stay as typed', () => {
    const names = { user: (id: string) => (id === '1002' ? 'Grace <3' : undefined), role: () => undefined };
    const html = renderMarkdown('hi <@1002> and <@999> `<@1002>`', names);
    expect(html).toContain('<span class="mention">@Grace &lt;3</span>');
    expect(html).toContain('&lt;@999&gt;');
    expect(html).toContain('<code>&lt;@1002&gt;</code>');
  });
});
