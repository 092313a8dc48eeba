// Message markdown → safe HTML. marked parses (GitHub flavour: bold, italics, strikethrough, code,
// quotes, lists, links); raw HTML in a message is shown as text, never parsed; DOMPurify then keeps
// only a short allow-list of tags and attributes and http(s)/mailto links, so nothing a message
// says can run script, load remote content or restyle the page (test/markdown.test.ts, XSS corpus).
// Fenced code blocks that name a known language are highlighted (highlight.ts, a chunk of its own
// fetched when the first such block is rendered; until then they render plain and
// `highlighterReady` tells views to render again). The highlighter's output is sanitized too.
import { signal } from '@preact/signals';
import DOMPurify from 'dompurify';
import { Marked } from 'marked';

type Highlight = typeof import('./highlight').highlight;
let highlighter: Highlight | null = null;
let loadingHighlighter: Promise<void> | null = null;

/** Becomes true once the highlighter chunk has loaded: views that rendered code blocks render again. */
export const highlighterReady = signal(false);

/** Loads the highlighter (once; a failed load is tried again on the next code block). */
export function loadHighlighter(): Promise<void> {
  loadingHighlighter ??= import('./highlight').then(
    (m) => { highlighter = m.highlight; highlighterReady.value = true; },
    (e: unknown) => { loadingHighlighter = null; throw e; },
  );
  return loadingHighlighter;
}

const marked = new Marked({
  gfm: true,
  breaks: true,
  async: false,
  renderer: {
    // raw HTML blocks and inline tags are not markup in Parley: print them as typed
    html({ text }) {
      return escapeHtml(text);
    },
    // images would load remote content: show the link instead
    image({ href, text }) {
      return `<a href="${escapeHtml(href)}">${escapeHtml(text || href)}</a>`;
    },
    // a fenced block's first word names its language; marked's own rendering is the fallback
    code({ text, lang }) {
      const name = /^\S+/.exec(lang ?? '')?.[0];
      if (!name) return false;
      if (!highlighter) {
        loadHighlighter().catch(() => {});
        return false;
      }
      const result = highlighter(text, name);
      if (!result) return false;
      return `<pre><code class="hljs language-${result.language}">${result.html}</code></pre>\n`;
    },
  },
});

const ALLOWED_TAGS = ['p', 'br', 'strong', 'em', 'del', 'code', 'pre', 'blockquote', 'a', 'ul', 'ol', 'li', 'span',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr'];
const ALLOWED_ATTR = ['href', 'class', 'title', 'start'];
const SAFE_URL = /^(?:https?:|mailto:)/i;
// highlight.js emits `hljs-<scope>` and, for sub-scopes, the bare scope with underscores
// (`hljs-title function_`); its styles live in styles.css, none in the page's own names
const SAFE_CLASS = /^(?:spoiler|mention|language-[a-z0-9+-]+|hljs|hljs-[a-z]+(?:-[a-z]+)*|[a-z]+_{1,3})$/;

let hooked = false;
function purifier(): typeof DOMPurify {
  if (!hooked) {
    hooked = true;
    DOMPurify.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName === 'A') {
        const href = node.getAttribute('href') ?? '';
        if (!SAFE_URL.test(href)) node.removeAttribute('href');
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer nofollow');
      }
      const cls = node.getAttribute('class');
      if (cls !== null && !cls.split(/\s+/).every((c) => SAFE_CLASS.test(c))) node.removeAttribute('class');
    });
  }
  return DOMPurify;
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Names for mention ids (`<@id>` users, `<@&id>` roles); unknown ids stay as typed. */
export interface MentionNames {
  user(id: string): string | undefined;
  role(id: string): string | undefined;
}

const noNames: MentionNames = { user: () => undefined, role: () => undefined };

/** Renders message markdown to sanitized HTML. */
export function renderMarkdown(source: string, names: MentionNames = noNames): string {
  let html = marked.parse(source) as string;
  // spoilers ||text|| and mentions, outside code: code spans hold them escaped inside <code>
  html = outsideCode(html, (part) => part
    .replace(/\|\|([^|<>]+?)\|\|/g, '<span class="spoiler">$1</span>')
    .replace(/&lt;@(&amp;)?(\d{1,19})&gt;/g, (whole, role: string | undefined, id: string) => {
      const name = role ? names.role(id) : names.user(id);
      return name === undefined ? whole : `<span class="mention">@${escapeHtml(name)}</span>`;
    }));
  return purifier().sanitize(html, {
    ALLOWED_TAGS, ALLOWED_ATTR, ALLOW_DATA_ATTR: false, ALLOW_ARIA_ATTR: false,
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
  }) as unknown as string;
}

function outsideCode(html: string, f: (s: string) => string): string {
  return html.split(/(<code[^>]*>[\s\S]*?<\/code>)/).map((part, i) => (i % 2 === 1 ? part : f(part))).join('');
}
