// Exports the mirror's live contacts (all folders or one) to a file in one of the export formats, or through a
// mapping document of the user's, by the declared field mappings of core/mapping; tells beforehand which fields
// the chosen mapping would leave out, and previews the first rows it would write. CSV text is written by a
// delegate (papaparse in adapters/files).
import type { GraphId } from '../core/contact/contact.js';
import { csvRowsOf } from '../core/mapping/apply-csv-layout.js';
import { vcardOf } from '../core/mapping/apply-vcard-mapping.js';
import { encodingOf, exportFileName, mappingOf, mediaTypeOf } from '../core/mapping/export-format.js';
import type { ExportTarget } from '../core/mapping/export-format.js';
import { csvLayoutOf } from '../core/mapping/csv-layout.js';
import type { CsvMappingDocument } from '../core/mapping/document/mapping-document.js';
import { fieldsNotCarriedCounter } from '../core/mapping/fields-not-carried.js';
import type { FieldNotCarried } from '../core/mapping/fields-not-carried.js';
import type { MirrorContact } from '../core/sync/mirror-contact.js';
import type { ContactReader } from '../ports/mirror-store.js';

export interface ExportContactsDeps {
  readonly store: Pick<ContactReader, 'listContacts'>;
  /** Rows of cells to CSV text (RFC 4180). */
  readonly writeCsv: (rows: readonly (readonly string[])[]) => string;
}

export interface ExportRequest {
  readonly format: ExportTarget;
  /** One folder's contacts; all folders when undefined. */
  readonly folderId?: GraphId;
  /** Today's calendar date where the user is, `YYYY-MM-DD`: it names the file. */
  readonly date: string;
}

export interface ExportedFile {
  readonly name: string;
  readonly mediaType: string;
  readonly text: string;
  /** How many contacts the file holds. */
  readonly count: number;
}

/** The card's UID: our client id when we created the contact, else Graph's id, so re-exports name the same card. */
function uidOf(contact: MirrorContact): string {
  return contact.clientId ?? contact.graphId ?? contact.localId;
}

/** How many contacts fieldsNotExported counts between pauses. */
const COUNT_PART = 500;

/** The live contacts (tombstones are never exported) of one folder or all, ordered by display name. */
async function liveContacts(store: ExportContactsDeps['store'], folderId: GraphId | undefined, limit?: number): Promise<MirrorContact[]> {
  const contacts = await store.listContacts({ ...(folderId === undefined ? {} : { folderId }), ...(limit === undefined ? {} : { limit }) });
  return contacts.filter((contact) => contact.deleted !== true);
}

/** Reads the live contacts and writes the file. */
export async function exportContacts(deps: ExportContactsDeps, request: ExportRequest): Promise<ExportedFile> {
  const live = await liveContacts(deps.store, request.folderId);
  const encoding = encodingOf(request.format);
  const text =
    encoding.kind === 'csv'
      ? deps.writeCsv(csvRowsOf(encoding.layout, live.map((contact) => contact.fields)))
      : live.map((contact) => vcardOf(contact.fields, encoding.version, { uid: uidOf(contact) }, encoding.document)).join('');
  return { name: exportFileName(request.format, request.date), mediaType: mediaTypeOf(request.format), text, count: live.length };
}

/** The fields the chosen contacts hold that the target would not write (see fieldsNotCarried). */
export async function fieldsNotExported(
  store: Pick<ContactReader, 'allRows'>,
  request: { readonly format: ExportTarget; readonly folderId?: GraphId },
  pause?: () => Promise<void>,
): Promise<FieldNotCarried[]> {
  // Counting needs no order: every row, read in parts, then the live ones of the folder.
  const live = (await store.allRows()).filter((row) => row.deleted !== true && (request.folderId === undefined || row.folderId === request.folderId));
  const counter = fieldsNotCarriedCounter(mappingOf(request.format));
  // Counted in parts, pausing between them, so a large mirror never holds the page in one long task.
  for (let start = 0; start < live.length; start += COUNT_PART) {
    if (start > 0 && pause !== undefined) await pause();
    counter.add(live.slice(start, start + COUNT_PART).map((contact) => contact.fields));
  }
  return counter.result();
}

/** The header row and the rows of the first `limit` contacts that the mapping would write (cells escaped as in the file). */
export async function previewCsvExport(store: ExportContactsDeps['store'], mapping: CsvMappingDocument, limit: number): Promise<string[][]> {
  const live = await liveContacts(store, undefined, limit);
  return csvRowsOf(csvLayoutOf(mapping), live.map((contact) => contact.fields));
}
