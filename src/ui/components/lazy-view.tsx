// A view whose code loads the first time it is shown, so its libraries stay out of the pane's first script. A load
// that fails is thrown at render, for the view's error boundary to show (its Retry loads again).
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { strings } from '../strings/strings.js';

export interface LazyViewProps {
  /** Resolves to the view; called once per mount, cached by the bundler's chunk loading. */
  load(): Promise<ComponentType>;
}

type Loaded = { readonly view: ComponentType } | { readonly error: unknown };

export function LazyView({ load }: LazyViewProps) {
  const [loaded, setLoaded] = useState<Loaded | undefined>(undefined);
  useEffect(() => {
    let active = true;
    load().then(
      (view) => active && setLoaded({ view }),
      (error: unknown) => active && setLoaded({ error }),
    );
    return () => {
      active = false;
    };
  }, [load]);
  if (loaded === undefined) {
    return (
      <p class="lazy-view__loading" role="status">
        {strings.app.loadingView}
      </p>
    );
  }
  if ('error' in loaded) throw loaded.error instanceof Error ? loaded.error : new Error(String(loaded.error));
  const View = loaded.view;
  return <View />;
}
