// The preview of an import: the first rows of a file as contacts, each with its problems and the mirror contact
// it matches (planned as if matches were skipped, so nothing changes), for the user to check before importing.
import type { ImportDraft } from '../core/import/import-draft.js';
import { planImportSteps } from '../core/import/plan-import.js';
import { formattedNameOf } from '../core/mapping/apply-vcard-mapping.js';
import type { GraphId } from '../core/contact/contact.js';
import type { ContactReader } from '../ports/mirror-store.js';
import { runSliced } from './import-contacts.js';

export interface ImportPreviewRow {
  readonly row: number;
  readonly name: string;
  readonly email?: string;
  readonly phone?: string;
  readonly company?: string;
  /** What was left out or wrong in the row, and why it cannot be imported. */
  readonly problems: readonly string[];
  /** The name of the mirror contact the row matches. */
  readonly matches?: string;
}

export const PREVIEW_ROWS = 10;

export interface PreviewImportRequest {
  readonly drafts: readonly ImportDraft[];
  readonly fileIdentity: string;
  readonly limit?: number;
}

const nameOf = (fields: ImportDraft['fields']): string => formattedNameOf(fields) || fields.displayName || '';

/** The first `limit` rows of the file, planned against the mirror. */
export async function previewImport(
  store: Pick<ContactReader, 'listFolders' | 'allRows'>,
  request: PreviewImportRequest,
  pause?: () => Promise<void>,
): Promise<ImportPreviewRow[]> {
  const [rows, folders] = await Promise.all([store.allRows(), store.listFolders()]);
  // A row's decision depends only on the rows before it: planning the rows shown is planning them exactly.
  const shown = request.drafts.slice(0, request.limit ?? PREVIEW_ROWS);
  const byId = new Map(rows.map((row) => [row.localId as string, row]));
  const folderId = (folders.find((folder) => !folder.readOnly)?.id ?? '') as GraphId;
  const plan = await runSliced(planImportSteps(shown, { rows, folders }, { onMatch: 'skip', folderId }, request.fileIdentity), pause);
  return shown.map((draft, index) => {
    const decision = plan[index];
    const problems = draft.problems.map((problem) => (problem.field === undefined ? problem.message : `${problem.field}: ${problem.message}`));
    if (decision?.kind === 'rejected') problems.push(decision.reason);
    const matched = decision?.kind === 'skip' && decision.localId !== undefined ? byId.get(decision.localId) : undefined;
    if (decision?.kind === 'skip' && matched === undefined) problems.push(decision.reason);
    const fields = draft.fields;
    const phone = fields.mobilePhone ?? fields.businessPhones?.[0] ?? fields.homePhones?.[0];
    const email = fields.emailAddresses?.[0]?.address;
    return {
      row: draft.row,
      name: nameOf(fields),
      ...(email === undefined ? {} : { email }),
      ...(phone === undefined ? {} : { phone }),
      ...(fields.companyName === undefined ? {} : { company: fields.companyName }),
      problems,
      ...(matched === undefined ? {} : { matches: nameOf(matched.fields) || (matched.fields.emailAddresses?.[0]?.address ?? '') }),
    };
  });
}
