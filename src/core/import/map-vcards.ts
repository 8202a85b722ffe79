// Maps the cards of a .vcf file to import drafts through the preset of each card's version (or a given
// vCard mapping), with the problems of each card; an inline base64 PHOTO is kept as bytes on the draft.
import { looksLikeEmail } from '../contact/normalize-email.js';
import { finishDraft } from '../mapping/contact-draft.js';
import type { ContactDraft } from '../mapping/contact-draft.js';
import type { VCardMappingDocument } from '../mapping/document/mapping-document.js';
import { readVCardThrough } from '../mapping/document/read-vcard-document.js';
import { quoted } from '../mapping/document/transform-value.js';
import { vcardMappingFor } from '../mapping/presets/vcard-mapping.js';
import type { ParsedVCard } from '../mapping/read-vcard.js';
import type { VCardProperty } from '../mapping/write-vcard.js';
import { bytesOfBase64 } from '../base64.js';
import type { ImportDraft, ImportPhoto, ImportProblem } from './import-draft.js';


/** The inline photo of a PHOTO property: RFC 6350 data URI, or RFC 2426 / 2.1 `ENCODING=b|BASE64`. A URL is not fetched. */
export function photoOf(property: VCardProperty): ImportPhoto | undefined {
  const value = property.value[0]?.join(',') ?? '';
  const dataUri = /^data:([^;,]+)?(?:;[^,]*)?;base64,(.*)$/is.exec(value);
  const encoding = (property.params?.ENCODING ?? []).map((item) => item.toLowerCase());
  const base64 = dataUri ? dataUri[2] : encoding.includes('b') || encoding.includes('base64') ? value : undefined;
  const bytes = base64 === undefined ? undefined : bytesOfBase64(base64);
  if (bytes === undefined || bytes.length === 0) return undefined;
  const type = dataUri?.[1] ?? property.params?.TYPE?.[0];
  const mediaType = type === undefined ? undefined : type.includes('/') ? type.toLowerCase() : `image/${type.toLowerCase()}`;
  return { bytes, ...(mediaType === undefined ? {} : { mediaType }) };
}

/** Apple writes a birthday without a year as the year X-APPLE-OMIT-YEAR names (1604): that year is not the person's. */
function omitsYear(property: VCardProperty): boolean {
  const omitted = property.params?.['X-APPLE-OMIT-YEAR']?.[0];
  return property.name === 'BDAY' && omitted !== undefined && (property.value[0]?.[0] ?? '').startsWith(omitted);
}

function draftOfCard(file: string, row: number, card: ParsedVCard, mapping: VCardMappingDocument | undefined): ImportDraft {
  const draft: ContactDraft = {};
  const problems: ImportProblem[] = card.properties.filter(omitsYear).map(() => ({ file, row, field: 'birthday', message: 'BDAY: the birthday has no year: left out' }));
  const properties = card.properties.filter((property) => property.name !== 'PHOTO' && !omitsYear(property));
  problems.push(...readVCardThrough(mapping ?? vcardMappingFor(card.version), properties, draft).map((problem) => ({
    file,
    row,
    ...(problem.field === undefined ? {} : { field: problem.field }),
    message: `${problem.property}: ${problem.message}`,
  })));
  const emails = (draft.emailAddresses ?? []).filter((entry) => entry !== undefined && entry.address !== '');
  draft.emailAddresses = emails.filter((entry) => {
    if (looksLikeEmail(entry.address)) return true;
    problems.push({ file, row, field: 'emailAddresses', message: `'${quoted(entry.address)}' is not an e-mail address: left out` });
    return false;
  });
  const fields = finishDraft(draft);
  const photoProperty = card.properties.find((property) => property.name === 'PHOTO');
  const photo = photoProperty === undefined ? undefined : photoOf(photoProperty);
  const rejected = Object.keys(fields).length === 0 ? 'the card has nothing to import' : undefined;
  return { file, row, fields, present: Object.keys(fields) as (keyof typeof fields)[], problems, ...(photo ? { photo } : {}), ...(rejected ? { rejected } : {}) };
}

/** The drafts of the cards, numbered from 1 in file order. */
export function mapVCards(file: string, cards: readonly ParsedVCard[], mapping?: VCardMappingDocument): ImportDraft[] {
  return cards.map((card, index) => draftOfCard(file, index + 1, card, mapping));
}
