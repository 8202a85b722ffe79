// Follows the host's light or dark theme and applies it to the page as `data-theme` on <html>.
import { useEffect, useState } from 'preact/hooks';
import type { HostTheme, ThemeKind } from '../../ports/host-theme.js';

export function useHostTheme(theme: HostTheme): ThemeKind {
  const [kind, setKind] = useState<ThemeKind>(() => theme.current());
  useEffect(() => {
    const unsubscribe = theme.onChanged(setKind);
    // A switch between the first render and this subscription would otherwise be missed.
    setKind(theme.current());
    return unsubscribe;
  }, [theme]);
  useEffect(() => {
    document.documentElement.dataset.theme = kind;
  }, [kind]);
  return kind;
}
