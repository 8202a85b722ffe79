// The safety stop of a CardDAV pairing: a run that would delete more than the allowed share of a side's linked
// contacts, or that sees a side suddenly empty (a wrong book, an emptied folder, a server answering nothing),
// is not applied; the user is asked first.
import type { LocalId } from '../sync/mirror-contact.js';
import type { CardLink } from './card-link.js';
import type { CardSide, CardSyncAction, OutlookItem, SafetyStop } from './card-sync-action.js';

export const DEFAULT_MAX_DELETE_SHARE = 0.2;

export interface SafetyInput {
  readonly links: readonly CardLink[];
  readonly outlook: ReadonlyMap<LocalId, OutlookItem>;
  readonly cards: CardSide;
  readonly maxDeleteShare: number;
}

export function safetyStopOf(actions: readonly CardSyncAction[], input: SafetyInput): SafetyStop | undefined {
  const agreed = input.links.filter((link) => link.pending === undefined && link.etag !== undefined).length;
  const sides = [
    { side: 'carddav', deletes: actions.filter((action) => action.kind === 'delete-card').length, empty: input.cards.complete && input.cards.listed.size === 0 },
    { side: 'outlook', deletes: actions.filter((action) => action.kind === 'delete-contact').length, empty: input.outlook.size === 0 },
  ] as const;
  for (const { side, deletes, empty } of sides) {
    if (deletes > 0 && (deletes > input.maxDeleteShare * agreed || empty)) return { side, deletes, of: agreed };
  }
  return undefined;
}
