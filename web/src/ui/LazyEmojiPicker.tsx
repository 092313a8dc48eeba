// Loads the emoji picker (and its emoji list) on first use: a separate chunk, so the first screen
// does not carry it.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { EmojiPickerProps } from './EmojiPicker';

let loading: Promise<ComponentType<EmojiPickerProps>> | null = null;

export function LazyEmojiPicker(props: EmojiPickerProps) {
  const [Picker, setPicker] = useState<ComponentType<EmojiPickerProps> | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    loading ??= import('./EmojiPicker').then((m) => m.EmojiPicker);
    loading.then((p) => setPicker(() => p), () => { loading = null; setFailed(true); });
  }, []);
  if (failed) return <p class="error" role="alert">The emoji picker could not be loaded.</p>;
  return Picker ? <Picker {...props} /> : <p class="muted" role="status">Loading emoji…</p>;
}
