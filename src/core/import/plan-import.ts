// The import decision table: for each draft, create, update (only the fields the file has), skip, or
// rejected with the reason, against the mirror's contacts. A contact matches by a shared e-mail address,
// else by the same normalized name and company. A row whose contact an earlier run created is skipped.
import type { ContactFieldName, ContactFields, GraphId } from '../contact/contact.js';
import { changedFieldNames } from '../contact/diff-fields.js';
import { normalizeEmail } from '../contact/normalize-email.js';
import { nameKeyOf } from '../contact/normalize-name.js';
import type { LocalId, MirrorContact } from '../sync/mirror-contact.js';
import { localIdForClient } from '../sync/mirror-contact.js';
import type { MirrorFolder } from '../sync/plan-folders.js';
import type { ImportDraft } from './import-draft.js';
import { clientIdForImport, importKeyOf } from './import-key.js';

export type OnMatch = 'skip' | 'update' | 'create';

export interface ImportChoice {
  readonly onMatch: OnMatch;
  /** Where new contacts go. */
  readonly folderId: GraphId;
}

interface Planned {
  readonly row: number;
  readonly key: string;
}

export type ImportDecision =
  | (Planned & { readonly kind: 'create'; readonly localId: LocalId; readonly fields: ContactFields })
  | (Planned & { readonly kind: 'update'; readonly localId: LocalId; readonly fields: ContactFields; readonly changed: readonly ContactFieldName[] })
  | (Planned & { readonly kind: 'skip'; readonly reason: string; readonly localId?: LocalId })
  | (Planned & { readonly kind: 'rejected'; readonly reason: string });

export interface ImportState {
  /** Every row of the mirror, tombstones included (they hold the client ids of earlier runs). */
  readonly rows: readonly MirrorContact[];
  readonly folders: readonly MirrorFolder[];
}

const emailKeys = (fields: ContactFields): string[] => (fields.emailAddresses ?? []).map((email) => normalizeEmail(email.address)).filter((key) => key !== '');

/** Same normalized name and company; undefined when the name is too weak to match on. */
export function nameCompanyKey(fields: ContactFields): string | undefined {
  const name = nameKeyOf(fields.displayName || [fields.givenName, fields.middleName, fields.surname].filter(Boolean).join(' '));
  return name === undefined ? undefined : `${name}\u0000${(fields.companyName ?? '').trim().toLowerCase()}`;
}

class MatchIndex {
  readonly #byEmail = new Map<string, string[]>();
  readonly #byName = new Map<string, string[]>();
  add(id: string, fields: ContactFields): void {
    for (const key of new Set(emailKeys(fields))) MatchIndex.#push(this.#byEmail, key, id);
    const name = nameCompanyKey(fields);
    if (name !== undefined) MatchIndex.#push(this.#byName, name, id);
  }
  static #push(map: Map<string, string[]>, key: string, id: string): void {
    const list = map.get(key);
    if (list === undefined) map.set(key, [id]);
    else list.push(id);
  }
  find(fields: ContactFields): string[] {
    const byEmail = [...new Set(emailKeys(fields).flatMap((key) => this.#byEmail.get(key) ?? []))];
    if (byEmail.length > 0) return byEmail;
    const name = nameCompanyKey(fields);
    return name === undefined ? [] : (this.#byName.get(name) ?? []);
  }
}

function updateOf(planned: Planned, contact: MirrorContact, draft: ImportDraft, writable: boolean): ImportDecision {
  const localId = contact.localId;
  if (!writable) return { ...planned, kind: 'skip', localId, reason: 'matches a contact in a read-only folder' };
  const incoming = Object.fromEntries(draft.present.map((field) => [field, draft.fields[field]]));
  const fields = { ...contact.fields, ...incoming } as ContactFields;
  const changed = changedFieldNames(contact.fields, fields);
  if (changed.length === 0) return { ...planned, kind: 'skip', localId, reason: 'the contact already has these values' };
  return { ...planned, kind: 'update', localId, fields, changed };
}

/** How many rows (mirror rows indexed, or drafts planned) one step of planImportSteps handles. */
export const PLAN_SLICE = 250;

/**
 * One decision per draft, in file order, planned in slices: the generator yields after every `slice` rows
 * indexed or planned, so a caller on a UI thread can let the page breathe between slices; it returns the plan.
 * `fileIdentity` is the file's identity (fileIdentityOf).
 */
export function* planImportSteps(drafts: readonly ImportDraft[], state: ImportState, choice: ImportChoice, fileIdentity: string, slice = PLAN_SLICE): Generator<void, ImportDecision[]> {
  const known = new Set<string>();
  const byId = new Map<string, MirrorContact>();
  const index = new MatchIndex();
  let work = 0;
  for (const row of state.rows) {
    known.add(row.localId);
    if (row.deleted !== true) {
      byId.set(row.localId, row);
      index.add(row.localId, row.fields);
    }
    work += 1;
    if (work % slice === 0) yield;
  }
  const writable = new Set(state.folders.filter((folder) => !folder.readOnly).map((folder) => folder.id as string));
  const createdBy = new Map<string, number>();
  const decide = (draft: ImportDraft): ImportDecision => {
    const key = importKeyOf(fileIdentity, draft);
    const planned = { row: draft.row, key };
    if (draft.rejected !== undefined) return { ...planned, kind: 'rejected', reason: draft.rejected };
    const localId = localIdForClient(clientIdForImport(key));
    if (known.has(localId)) return { ...planned, kind: 'skip', localId, reason: 'imported by an earlier run of this file' };
    const matches = choice.onMatch === 'create' ? [] : index.find(draft.fields);
    const fromFile = matches.map((id) => createdBy.get(id)).find((row) => row !== undefined);
    if (fromFile !== undefined) return { ...planned, kind: 'skip', reason: `same contact as row ${fromFile} of this file` };
    if (matches.length > 1) return { ...planned, kind: 'skip', reason: `matches ${matches.length} contacts: which one to update is not clear` };
    const match = matches[0] === undefined ? undefined : byId.get(matches[0]);
    if (match !== undefined && choice.onMatch === 'skip') return { ...planned, kind: 'skip', localId: match.localId, reason: 'matches an existing contact' };
    if (match !== undefined) return updateOf(planned, match, draft, writable.has(match.folderId));
    index.add(localId, draft.fields);
    createdBy.set(localId, draft.row);
    return { ...planned, kind: 'create', localId, fields: draft.fields };
  };
  const plan: ImportDecision[] = [];
  for (const draft of drafts) {
    plan.push(decide(draft));
    if (plan.length % slice === 0) yield;
  }
  return plan;
}

/** One decision per draft, in file order, in one go. `fileIdentity` is the file's identity (fileIdentityOf). */
export function planImport(drafts: readonly ImportDraft[], state: ImportState, choice: ImportChoice, fileIdentity: string): ImportDecision[] {
  const steps = planImportSteps(drafts, state, choice, fileIdentity);
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}
