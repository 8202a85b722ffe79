// Follows a value kept outside Preact (a source of the signed-in account's mirror, a mirror's sync activity):
// reads it now, and again each time its owner says it changed, until the component unmounts or the owner changes.
import { useEffect, useState } from 'preact/hooks';

/** Re-reads `read()` on every notice from `subscribe`; `owner` is the object both belong to (re-subscribes when it changes). */
export function useExternalValue<T>(owner: unknown, read: () => T, subscribe: ((listener: () => void) => () => void) | undefined): T {
  const [value, setValue] = useState<T>(read);
  useEffect(() => {
    setValue(read);
    if (subscribe === undefined) return undefined;
    return subscribe(() => setValue(read));
    // `read` and `subscribe` are bound to `owner`: a new closure for the same owner reads the same value.
  }, [owner]);
  return value;
}
