// Exports the mirror's live contacts (all folders or one) to a file in one of the export formats, or through a
// mapping document of the user's, through the declared field mappings of core/mapping. CSV text is written by a delegate (papaparse in adapters/files).
import type { GraphId } from '../core/contact/contact.js';
import { csvRowsOf } from '../core/mapping/apply-csv-layout.js';
import { vcardOf } from '../core/mapping/apply-vcard-mapping.js';
import { encodingOf, exportFileName, mediaTypeOf } from '../core/mapping/export-format.js';
import type { ExportTarget } from '../core/mapping/export-format.js';
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

/** Reads the live contacts (tombstones are never exported), ordered by display name, and writes the file. */
export async function exportContacts(deps: ExportContactsDeps, request: ExportRequest): Promise<ExportedFile> {
  const contacts = await deps.store.listContacts(request.folderId === undefined ? {} : { folderId: request.folderId });
  const live = contacts.filter((contact) => contact.deleted !== true);
  const encoding = encodingOf(request.format);
  const text =
    encoding.kind === 'csv'
      ? deps.writeCsv(csvRowsOf(encoding.layout, live.map((contact) => contact.fields)))
      : live.map((contact) => vcardOf(contact.fields, encoding.version, { uid: uidOf(contact) }, encoding.document)).join('');
  return { name: exportFileName(request.format, request.date), mediaType: mediaTypeOf(request.format), text, count: live.length };
}
