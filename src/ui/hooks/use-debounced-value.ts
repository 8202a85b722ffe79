// A value that follows another once it has stopped changing for a moment (search text: one query per pause in typing).
import { useEffect, useState } from 'preact/hooks';

/** `value`, `delayMs` after its last change; at once when `delayMs` is 0. */
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (delayMs <= 0) {
      setSettled(() => value);
      return undefined;
    }
    const timer = setTimeout(() => setSettled(() => value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return delayMs <= 0 ? value : settled;
}
