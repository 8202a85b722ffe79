// What the Import/Export view needs from the signed-in account's mirror: its folders, news of changes, the
// export command that downloads the file, and what an export would leave out. The composition root (src/app/mirror-session.ts) implements it.
import type { GraphId } from '../../core/contact/contact.js';
import type { ExportTarget } from '../../core/mapping/export-format.js';
import type { FieldNotCarried } from '../../core/mapping/fields-not-carried.js';
import type { MirrorFolder } from '../../core/sync/plan-folders.js';

export type { ExportTarget } from '../../core/mapping/export-format.js';
export type { FieldNotCarried } from '../../core/mapping/fields-not-carried.js';

/** A format (or a saved mapping's document), and one folder's contacts or all. */
export interface ExportRequest {
  readonly format: ExportTarget;
  readonly folderId?: GraphId;
}

export interface ExportOutcome {
  /** The downloaded file's name; no file is downloaded when `count` is 0. */
  readonly fileName: string;
  readonly count: number;
}

export interface ExportMirror {
  /** The account key the mirror belongs to (the view resets its state when it changes). */
  readonly key: string;
  folders(): Promise<readonly MirrorFolder[]>;
  /** Calls `listener` when the mirror may have changed (a sync brought folders or contacts); returns the unsubscribe. */
  onChanged(listener: () => void): () => void;
  /** Writes the live contacts (of one folder, or all) in `format` and hands the file to the browser as a download. */
  exportContacts(request: ExportRequest): Promise<ExportOutcome>;
  /** The fields the chosen contacts hold that the chosen format or mapping does not write, with how many contacts hold each. */
  fieldsNotCarried(request: ExportRequest): Promise<readonly FieldNotCarried[]>;
}
