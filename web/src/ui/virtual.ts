// @tanstack/virtual-core bound to Preact: one Virtualizer per list, options refreshed on every
// render, a re-render whenever it reports a change (scroll, resize, a row measured). Rows are
// measured as they render (ResizeObserver), so their heights may be anything.
import {
  Virtualizer, elementScroll, measureElement, observeElementOffset, observeElementRect, type VirtualizerOptions,
} from '@tanstack/virtual-core';
import { useLayoutEffect, useReducer, useState } from 'preact/hooks';

type Options = VirtualizerOptions<HTMLDivElement, Element>;
export type ListOptions = Omit<Options, 'observeElementRect' | 'observeElementOffset' | 'scrollToFn'>;

export function useVirtualizer(options: ListOptions): Virtualizer<HTMLDivElement, Element> {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const resolved: Options = {
    observeElementRect, observeElementOffset, scrollToFn: elementScroll, measureElement,
    ...options,
    onChange: (instance, sync) => {
      options.onChange?.(instance, sync);
      rerender(0);
    },
  };
  const [instance] = useState(() => new Virtualizer(resolved));
  instance.setOptions(resolved);
  useLayoutEffect(() => instance._didMount(), []);
  useLayoutEffect(() => instance._willUpdate());
  return instance;
}
