// A first CSV mapping for a file's header row, for the user to finish in the mapping editor: each column a
// preset knows keeps that preset's rules (Outlook first, then Google, with their import-only twins), a column
// named like a contact field (`jobTitle`, `E-mail`, `Last name`) carries that field, and the rest is left out
// and named, so the user decides what it holds.
import { GOOGLE_CSV_MAPPING } from '../presets/google-csv.js';
import { OUTLOOK_CSV_MAPPING } from '../presets/outlook-csv.js';
import { FIELD_TARGET_CHOICES } from './field-target-choices.js';
import { MAPPING_DOCUMENT_VERSION } from './mapping-document.js';
import type { CsvMappingDocument, CsvMappingRule } from './mapping-document.js';

export interface MappingFromHeaders {
  readonly document: CsvMappingDocument;
  /** The columns no rule reads, in file order. */
  readonly unmapped: readonly string[];
}

const PRESETS: readonly CsvMappingDocument[] = [OUTLOOK_CSV_MAPPING, GOOGLE_CSV_MAPPING];

/** Common header words for a field, lower case with only letters and digits. */
const GUESSES: Readonly<Record<string, string>> = {
  email: 'emailAddresses[0].address',
  emailaddress: 'emailAddresses[0].address',
  mail: 'emailAddresses[0].address',
  phone: 'mobilePhone',
  mobile: 'mobilePhone',
  cell: 'mobilePhone',
  telephone: 'businessPhones[0]',
  workphone: 'businessPhones[0]',
  homephone: 'homePhones[0]',
  firstname: 'givenName',
  first: 'givenName',
  lastname: 'surname',
  last: 'surname',
  familyname: 'surname',
  name: 'displayName',
  fullname: 'displayName',
  company: 'companyName',
  organization: 'companyName',
  organisation: 'companyName',
  account: 'companyName',
  position: 'jobTitle',
  role: 'jobTitle',
  notes: 'personalNotes',
  note: 'personalNotes',
  comments: 'personalNotes',
  tags: 'categories',
  website: 'businessHomePage',
  web: 'businessHomePage',
  city: 'businessAddress.city',
  country: 'businessAddress.countryOrRegion',
};

const wordsOf = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

const TARGET_BY_WORDS = new Map(FIELD_TARGET_CHOICES.filter((target) => !target.includes('[')).map((target) => [wordsOf(target), target]));

function guessedRule(column: string, taken: ReadonlySet<string>): CsvMappingRule | undefined {
  const words = wordsOf(column);
  const field = TARGET_BY_WORDS.get(words) ?? GUESSES[words];
  if (field === undefined || taken.has(field)) return undefined;
  if (field === 'categories') return { column, field, transform: { kind: 'list', separator: ';' } };
  if (field === 'displayName') return { column, field, transform: { kind: 'full-name' } };
  return { column, field };
}

export function mappingFromHeaders(name: string, headers: readonly string[]): MappingFromHeaders {
  const columns = [...new Set(headers.map((header) => header.trim()).filter((header) => header !== ''))];
  const rules: CsvMappingRule[] = [];
  const unmapped: string[] = [];
  const taken = new Set<string>();
  for (const column of columns) {
    const known = PRESETS.map((preset) => preset.rules.filter((rule) => rule.column === column)).find((found) => found.length > 0);
    const chosen = known ?? [guessedRule(column, taken)].filter((rule) => rule !== undefined);
    if (chosen.length === 0) unmapped.push(column);
    for (const rule of chosen) {
      rules.push(rule);
      taken.add(rule.field);
    }
  }
  return { document: { version: MAPPING_DOCUMENT_VERSION, format: 'csv', name, rules }, unmapped };
}
