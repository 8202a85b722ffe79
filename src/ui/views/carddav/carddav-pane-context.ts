// The CardDAV section's pane (its interface is in src/ui/ports/), handed down by the composition root through a context.
import { createContext } from 'preact';
import { useAccountSource } from '../../hooks/use-account-source.js';
import type { AccountSource } from '../../hooks/use-account-source.js';
import type { CardDavPane } from '../../ports/carddav-pane.js';

export type CardDavPaneSource = AccountSource<CardDavPane>;

export const CardDavPaneContext = createContext<CardDavPaneSource | undefined>(undefined);

/** The signed-in account's CardDAV servers and pairings, re-rendering when the account changes; undefined without one. */
export function useCardDavPane(): CardDavPane | undefined {
  return useAccountSource(CardDavPaneContext);
}
