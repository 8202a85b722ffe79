// What a view needs of the signed-in account (its mirror, its sync pane) reaches the view through a context holding
// a source: the value for whoever is signed in now, and news when that changes (sign-in, sign-out, switch).
import type { Context } from 'preact';
import { useContext } from 'preact/hooks';
import { useExternalValue } from './use-external-value.js';

/** The value belonging to whoever is signed in now (undefined when nobody is), and news when that changes. */
export interface AccountSource<T> {
  current(): T | undefined;
  subscribe(listener: () => void): () => void;
}

/** The signed-in account's value from `context`, re-rendering when the account changes; undefined without one. */
export function useAccountSource<T>(context: Context<AccountSource<T> | undefined>): T | undefined {
  const source = useContext(context);
  return useExternalValue(source, () => source?.current(), source && ((listener) => source.subscribe(listener)));
}
