// @vitest-environment jsdom
// The sanitizer against an XSS corpus: whatever a message says, the HTML it renders to holds no
// script, no event handler, no javascript:/data: URL, no remote content, no styling. Each payload
// is also rendered into a live jsdom document to check nothing ran. Code blocks run through the
// corpus twice: as the first render shows them (plain) and highlighted.
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { knownLanguages } from '../src/highlight';
import { highlighterReady, loadHighlighter, renderMarkdown } from '../src/markdown';

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
  '```js\nconst s = "<img src=x onerror=window.__xss=1>";\n```',
];

/** Payloads in code blocks and in their language names: run plain (first) and highlighted. */
const codeCorpus = [
  '```"><script>window.__xss=1</script>\ncode\n```',
  '```javascript:window.__xss=1\nx\n```',
  '```js" onmouseover="window.__xss=1\nx\n```',
  '```\'"><img src=x onerror=window.__xss=1>\nx\n```',
  '```js class="spoiler" onclick=window.__xss=1\nx\n```',
  '```__proto__\nx\n```',
  '```constructor\nx\n```',
  '```JS\nconst s = "</code></pre><img src=x onerror=window.__xss=1>";\n```',
  '```html\n<script>window.__xss=1</script>\n<img src=x onerror="window.__xss=1">\n<a href="javascript:window.__xss=1">x</a>\n```',
  '```xml\n<svg onload="window.__xss=1"><![CDATA[<script>window.__xss=1</script>]]></svg>\n```',
  '```js\nconst t = `${"<img src=x onerror=window.__xss=1>"}`; // <script>window.__xss=1</script>\n```',
  '```ts\n||<img src=x onerror=window.__xss=1>|| <@1234" onmouseover="window.__xss=1>\n```',
  '```css\nbody { background: url(javascript:window.__xss=1) } </style><script>window.__xss=1</script>\n```',
  '```diff\n- <script>window.__xss=1</script>\n+ <img src=x onerror=window.__xss=1>\n```',
  '```bash\necho "<iframe src=javascript:window.__xss=1>" && $(<script>)\n```',
  '```python\n"""<img src=x onerror=window.__xss=1>"""\n```',
  '```json\n{"<script>": "window.__xss=1"}\n```',
  '~~~java <img src=x onerror=window.__xss=1>\nclass A {}\n~~~',
  '    indented <script>window.__xss=1</script>',
];

/** The class names markdown.ts lets through (its SAFE_CLASS). */
const CLASSES = /^(?:spoiler|mention|language-[a-z0-9+-]+|hljs|hljs-[a-z]+(?:-[a-z]+)*|[a-z]+_{1,3})$/;

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
    for (const cls of el.classList) expect(cls).toMatch(CLASSES);
    const href = el.getAttribute('href');
    if (href !== null) expect(href).toMatch(/^(https?:|mailto:)/i);
  }
}

/** Renders a payload, checks the HTML and puts it into the document: nothing may have run. */
function neutralized(payload: string): void {
  (window as unknown as { __xss?: number }).__xss = undefined;
  const html = renderMarkdown(payload);
  check(html);
  document.body.innerHTML = html;
  document.querySelectorAll('a, span, code').forEach((el) => {
    el.dispatchEvent(new window.MouseEvent('mouseover'));
    el.dispatchEvent(new window.MouseEvent('click'));
  });
  expect((window as unknown as { __xss?: number }).__xss).toBeUndefined();
}

// first in the file, so that nothing has loaded the highlighter yet
describe('code blocks before the highlighter has loaded', () => {
  test('render plain with their language as a class, and start loading it', async () => {
    expect(highlighterReady.value).toBe(false);
    const html = renderMarkdown('```js\nconst x = 1;\n```');
    expect(html).toContain('<pre><code class="language-js">const x = 1;');
    expect(html).not.toContain('hljs');
    await vi.waitFor(() => expect(highlighterReady.value).toBe(true));
    expect(renderMarkdown('```js\nconst x = 1;\n```')).toContain('hljs-keyword');
  });
});

describe('the markdown sanitizer', () => {
  test.each(corpus)('neutralizes %s', (payload) => {
    neutralized(payload);
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

describe('highlighted code blocks', () => {
  beforeAll(() => loadHighlighter());

  test.each(codeCorpus)('neutralize %s', (payload) => {
    neutralized(payload);
  });

  test('a known language is highlighted under its canonical name', () => {
    const html = renderMarkdown('```js\nconst answer = compute("42"); // why\n```');
    expect(html).toContain('<pre><code class="hljs language-javascript">');
    expect(html).toContain('<span class="hljs-keyword">const</span>');
    expect(html).toContain('<span class="hljs-string">"42"</span>');
    expect(html).toContain('<span class="hljs-comment">// why</span>');
    expect(renderMarkdown('```Python\ndef f(): pass\n```')).toContain('class="hljs language-python"');
  });

  test('typed HTML in a block stays text, highlighted as tags', () => {
    const html = renderMarkdown('```html\n<b onclick="x()">hi</b>\n```');
    expect(html).toContain('<span class="hljs-name">b</span>');
    const host = document.createElement('div');
    host.innerHTML = html;
    expect(host.querySelector('b')).toBeNull();
    expect(host.textContent).toContain('<b onclick="x()">hi</b>');
  });

  test('an unknown language, a hostile one and none stay plain', () => {
    expect(renderMarkdown('```brainfuck\n+++.\n```')).toContain('<pre><code class="language-brainfuck">+++.');
    expect(renderMarkdown('```__proto__\nx\n```')).not.toContain('hljs');
    expect(renderMarkdown('```js"x\nlet a\n```')).toContain('<pre><code>let a');
    expect(renderMarkdown('```\nlet a\n```')).toContain('<pre><code>let a');
  });

  test('spoilers and mentions are not applied inside highlighted code', () => {
    const names = { user: () => 'Grace', role: () => undefined };
    const html = renderMarkdown('```js\nconst s = "||x|| <@1002>";\n```', names);
    expect(html).not.toContain('spoiler');
    expect(html).not.toContain('mention');
    expect(html).toContain('&lt;@1002&gt;');
  });

  test('the common languages and their aliases are known', () => {
    expect(knownLanguages()).toEqual(expect.arrayContaining(
      ['js', 'ts', 'py', 'java', 'kotlin', 'go', 'rs', 'c', 'cpp', 'sh', 'json', 'html', 'xml', 'css', 'sql', 'yaml', 'yml', 'diff']));
  });
});
