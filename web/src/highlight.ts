// Syntax highlighting for fenced code blocks: highlight.js's core with a handful of common
// languages. A separate chunk, loaded the first time a message holds a code block that names a
// language (markdown.ts), so the first screen does not carry it.
//
// Contract: `highlight` returns HTML made only of text (escaped by highlight.js) and <span> elements
// whose classes are `hljs-*` scopes, their `word_` sub-scope suffixes, or `language-*` for embedded
// languages; markdown.ts sanitizes it again all the same. An unknown language gives undefined.
import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import c from 'highlight.js/lib/languages/c';
import cpp from 'highlight.js/lib/languages/cpp';
import css from 'highlight.js/lib/languages/css';
import diff from 'highlight.js/lib/languages/diff';
import go from 'highlight.js/lib/languages/go';
import java from 'highlight.js/lib/languages/java';
import javascript from 'highlight.js/lib/languages/javascript';
import json from 'highlight.js/lib/languages/json';
import kotlin from 'highlight.js/lib/languages/kotlin';
import python from 'highlight.js/lib/languages/python';
import rust from 'highlight.js/lib/languages/rust';
import sql from 'highlight.js/lib/languages/sql';
import typescript from 'highlight.js/lib/languages/typescript';
import xml from 'highlight.js/lib/languages/xml';
import yaml from 'highlight.js/lib/languages/yaml';

const LANGUAGES = { bash, c, cpp, css, diff, go, java, javascript, json, kotlin, python, rust, sql, typescript, xml, yaml };
for (const [name, language] of Object.entries(LANGUAGES)) hljs.registerLanguage(name, language);
// never guess, never warn on the console about unknown languages
hljs.configure({ ignoreUnescapedHTML: true, languages: [] });

/** The highlighted HTML of `code` and the language's canonical name, or undefined when `language` is not known. */
export function highlight(code: string, language: string): { html: string; language: string } | undefined {
  const known = hljs.getLanguage(language.toLowerCase());
  if (!known) return undefined;
  const canonical = Object.keys(LANGUAGES).find((n) => hljs.getLanguage(n) === known) ?? 'plaintext';
  return { html: hljs.highlight(code, { language: canonical, ignoreIllegals: true }).value, language: canonical };
}

/** The language names and aliases this build knows (for tests and docs). */
export function knownLanguages(): string[] {
  return hljs.listLanguages().flatMap((n) => [n, ...(hljs.getLanguage(n)?.aliases ?? [])]);
}
