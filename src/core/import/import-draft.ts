// What an imported file gives, row by row: the contact a row describes, the fields it has, and what was
// left out or wrong, each problem naming the file, the row and the field.
import type { ContactFieldName, ContactFields } from '../contact/contact.js';

export interface ImportProblem {
  readonly file: string;
  /** The CSV record (the header is row 1) or the vCard (the first card is 1); 0 for the file as a whole. */
  readonly row: number;
  readonly field?: ContactFieldName;
  readonly message: string;
}

export interface ImportPhoto {
  readonly bytes: Uint8Array;
  /** e.g. `image/jpeg`, when the card says. */
  readonly mediaType?: string;
}

export interface ImportDraft {
  readonly file: string;
  readonly row: number;
  readonly fields: ContactFields;
  /** The fields the row has a value for: an update writes only these. */
  readonly present: readonly ContactFieldName[];
  readonly problems: readonly ImportProblem[];
  /** Why the row cannot become a contact (nothing to import); undefined when it can. */
  readonly rejected?: string;
  /** An inline photo (vCard PHOTO), kept for a later upload. */
  readonly photo?: ImportPhoto;
}

/** Every problem an import step found, in file order. */
export function problemsOf(drafts: readonly ImportDraft[]): ImportProblem[] {
  return drafts.flatMap((draft) => draft.problems);
}

/** The message of a problem as one line: `contacts.csv, row 4, birthday: …`. */
export function problemLine(problem: ImportProblem): string {
  const where = [problem.file, problem.row > 0 ? `row ${problem.row}` : undefined, problem.field].filter((part) => part !== undefined);
  return `${where.join(', ')}: ${problem.message}`;
}
