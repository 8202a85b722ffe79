// Matches the item open in Outlook and guards against stale answers: the pinned pane follows the selection,
// and a slow match of an older message must never be shown under a newer one. Every request takes a ticket;
// only the answer to the newest ticket is current, and it carries the item key it was computed for.
import type { MatchReader } from '../ports/mirror-store.js';
import type { OpenItem } from '../ports/mailbox-host.js';
import { matchHeaders, withRows } from './match-participants.js';
import type { ShownMatch } from './match-participants.js';

export interface ItemMatch {
  /** The `OpenItem.key` the matches belong to. */
  readonly itemKey: string;
  readonly mode: OpenItem['mode'];
  readonly matches: readonly ShownMatch[];
}

export type MatchOutcome = { readonly status: 'current'; readonly result: ItemMatch } | { readonly status: 'stale' };

export class OpenItemMatcher {
  readonly #store: MatchReader;
  readonly #ownAddresses: () => readonly string[];
  #ticket = 0;
  #latestKey: string | undefined;

  constructor(store: MatchReader, ownAddresses: () => readonly string[]) {
    this.#store = store;
    this.#ownAddresses = ownAddresses;
  }

  /** The item key of the newest request, if any. */
  get latestItemKey(): string | undefined {
    return this.#latestKey;
  }

  /**
   * Matches the item's participants. Answers `stale` when another request started before this one finished
   * (the newer one wins, whatever the order the store answers in), or when the item key changed meanwhile.
   */
  async match(item: OpenItem): Promise<MatchOutcome> {
    this.#ticket += 1;
    const ticket = this.#ticket;
    this.#latestKey = item.key;
    const matches = await matchHeaders(this.#store, item, this.#ownAddresses());
    if (ticket !== this.#ticket || this.#latestKey !== item.key) return { status: 'stale' };
    const shown = await withRows(this.#store, matches);
    if (ticket !== this.#ticket || this.#latestKey !== item.key) return { status: 'stale' };
    return { status: 'current', result: { itemKey: item.key, mode: item.mode, matches: shown } };
  }

  /** Whether a result may be shown for the item now open. */
  static belongsTo(result: ItemMatch, item: OpenItem | null): boolean {
    return item !== null && result.itemKey === item.key;
  }
}
