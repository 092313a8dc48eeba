import { useState } from 'preact/hooks';
import { describeError } from '../state/app';

/** Runs one REST change at a time for a form: busy while it runs, the problem's text when it fails. */
export function useAction(): { run: (f: () => Promise<unknown>) => Promise<boolean>; busy: boolean; error: string | null } {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function run(f: () => Promise<unknown>): Promise<boolean> {
    setBusy(true);
    setError(null);
    try {
      await f();
      return true;
    } catch (e) {
      setError(describeError(e));
      return false;
    } finally {
      setBusy(false);
    }
  }
  return { run, busy, error };
}
