// Three-way, field-by-field merge of a contact against its stored base (vdirsyncer's decision table,
// applied per field): changed on one side takes that side; changed on both takes the newer change and
// records the loser; equal changes are no conflict.
import { CONTACT_FIELD_NAMES } from '../contact/contact.js';
import type { ContactFieldName, ContactFields } from '../contact/contact.js';
import { equalField } from '../contact/equal-fields.js';

export interface MergeTimes {
  /** Milliseconds since the epoch of the local edit. */
  readonly localChangedAt: number;
  /** Milliseconds since the epoch of the server's change (its lastModifiedDateTime). */
  readonly remoteChangedAt: number;
}

export interface FieldConflict {
  readonly field: ContactFieldName;
  readonly keptSide: 'local' | 'remote';
  readonly kept: unknown;
  readonly lost: unknown;
}

export interface MergeResult {
  readonly fields: ContactFields;
  readonly conflicts: readonly FieldConflict[];
}

type Decision = 'base' | 'local' | 'remote' | 'conflict';

/** The decision for one field: which side's value the merge takes. */
export function decideField(base: ContactFields, local: ContactFields, remote: ContactFields, field: ContactFieldName): Decision {
  const localChanged = !equalField(base, local, field);
  const remoteChanged = !equalField(base, remote, field);
  if (!localChanged && !remoteChanged) return 'base';
  if (localChanged && !remoteChanged) return 'local';
  if (!localChanged && remoteChanged) return 'remote';
  return equalField(local, remote, field) ? 'remote' : 'conflict';
}

/** Merges local and remote edits of one contact. Ties in time go to the server. */
export function mergeContact(base: ContactFields, local: ContactFields, remote: ContactFields, times: MergeTimes): MergeResult {
  const out: Record<string, unknown> = {};
  const conflicts: FieldConflict[] = [];
  const localWinsTies = times.localChangedAt > times.remoteChangedAt;
  for (const field of CONTACT_FIELD_NAMES) {
    const decision = decideField(base, local, remote, field);
    let value: unknown;
    if (decision === 'base') value = remote[field];
    else if (decision === 'local') value = local[field];
    else if (decision === 'remote') value = remote[field];
    else {
      const keptSide = localWinsTies ? 'local' : 'remote';
      value = localWinsTies ? local[field] : remote[field];
      conflicts.push({ field, keptSide, kept: value, lost: localWinsTies ? remote[field] : local[field] });
    }
    if (value !== undefined) out[field] = value;
  }
  return { fields: out as ContactFields, conflicts };
}
