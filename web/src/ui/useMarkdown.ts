// A message's rendered markdown, memoized by its source and the mention names, and rendered again
// once the code highlighter arrives (it loads when the first code block naming a language renders).
import { useMemo } from 'preact/hooks';
import { highlighterReady, renderMarkdown, type MentionNames } from '../markdown';

export function useMarkdown(source: string, names?: MentionNames): string {
  const highlighting = highlighterReady.value;
  return useMemo(() => renderMarkdown(source, names), [source, names, highlighting]);
}
