// How a mirror contact is stored: the row as the engine sees it, plus the keys IndexedDB indexes
// (graph id, folder, normalized search keys, list order). Indexed keys are derived, never edited.
import { searchFieldsOf, sortKeyOf } from '../../core/contact/search-fields.js';
import type { GraphId } from '../../core/contact/contact.js';
import { contactMatchKeysOf } from '../../core/match/contact-match-keys.js';
import type { LocalId, MirrorContact } from '../../core/sync/mirror-contact.js';

export interface ContactRecord {
  readonly localId: LocalId;
  readonly row: MirrorContact;
  readonly folderId: GraphId;
  readonly graphId?: GraphId;
  readonly emails: readonly string[];
  readonly phones: readonly string[];
  readonly nameTokens: readonly string[];
  readonly sortKey: string;
  readonly deleted: boolean;
  /** Match indexes (version 3): plus-bases and domains of the addresses, and the name key when strong enough. */
  readonly plusBases: readonly string[];
  readonly domains: readonly string[];
  readonly nameKey?: string;
}

export function contactRecordOf(row: MirrorContact): ContactRecord {
  const keys = row.deleted === true ? { emails: [], phones: [], nameTokens: [] } : searchFieldsOf(row.fields);
  const match = row.deleted === true ? { plusBases: [], domains: [], nameKey: undefined } : contactMatchKeysOf(row.fields);
  return {
    localId: row.localId,
    row,
    folderId: row.folderId,
    ...(row.graphId !== undefined ? { graphId: row.graphId } : {}),
    emails: keys.emails,
    phones: keys.phones,
    nameTokens: keys.nameTokens,
    sortKey: `${sortKeyOf(row.fields)}\u0000${row.localId}`,
    deleted: row.deleted === true,
    plusBases: match.plusBases,
    domains: match.domains,
    ...(match.nameKey !== undefined ? { nameKey: match.nameKey } : {}),
  };
}
