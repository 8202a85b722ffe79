// Reads an imported .vcf file end to end, given a reader for its cards (ical.js, in adapters/vcard): size,
// decoding and binary check, the cards, and the draft of each. A bad file is a UserError naming the file.
import { UserError } from '../errors.js';
import type { VCardMappingDocument } from '../mapping/document/mapping-document.js';
import type { ParsedVCard } from '../mapping/read-vcard.js';
import { decodeText, MAX_IMPORT_BYTES } from './decode-text.js';
import type { TextEncodingName } from './decode-text.js';
import type { ImportDraft } from './import-draft.js';
import { mapVCards } from './map-vcards.js';
import type { ImportFile } from './read-csv-import.js';

export type ReadVCardCards = (text: string) => ParsedVCard[];

export interface VCardImport {
  readonly drafts: readonly ImportDraft[];
  readonly encoding: TextEncodingName;
  /** How many cards of each version the file holds. */
  readonly versions: Readonly<Record<string, number>>;
}

const fail = (file: string, message: string, fix: string): never => {
  throw new UserError(`“${file}” ${message}`, undefined, fix);
};

/** The file's cards as drafts. Throws UserError for a file over 100 MB, empty, binary or without any card. */
export function readVCardImport(file: ImportFile, readCards: ReadVCardCards, mapping?: VCardMappingDocument): VCardImport {
  if (file.bytes.length > MAX_IMPORT_BYTES) fail(file.name, `is ${Math.ceil(file.bytes.length / (1024 * 1024))} MB; import reads files up to 100 MB.`, 'Split it into smaller files and import them one by one.');
  const decoded = decodeText(file.bytes);
  if (!decoded.ok) return fail(file.name, 'is not a vCard file: it holds binary data.', 'Export your contacts as vCard (.vcf) and import that file.');
  if (decoded.text.trim() === '') fail(file.name, 'is empty.', 'Choose the file your contacts were exported to.');
  const cards = readCards(decoded.text);
  if (cards.length === 0) fail(file.name, 'holds no vCard (no BEGIN:VCARD … END:VCARD).', 'Export your contacts as vCard (.vcf) and import that file.');
  const versions: Record<string, number> = {};
  for (const card of cards) versions[card.version ?? 'unknown'] = (versions[card.version ?? 'unknown'] ?? 0) + 1;
  return { drafts: mapVCards(file.name, cards, mapping), encoding: decoded.encoding, versions };
}
