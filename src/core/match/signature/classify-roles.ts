// Picks the job title and company name among a signature's text segments (lines split at " | ",
// " · ", " - ", ", " and " at "): company by legal suffix or by matching the sender's domain, title by
// role words; an unmarked segment right after the title is taken as the company, with low confidence.

import { nameTokens } from '../../contact/normalize-name.js';
import { cjkCompanyPart, cjkTitlePart, hasCjk, isFunctionPhrase, isSuffixOnly, looksLikeCompany, looksLikeDepartment, looksLikeTitle } from './role-lexicon.js';
import { isSignOff } from './sign-offs.js';

export interface RoleGuess {
  readonly value: string;
  readonly confidence: number;
}

export interface RoleContext {
  /** Whether a segment names the sender. */
  readonly isName: (segment: string) => boolean;
  /** Whether a segment is part of the postal address already found (street, city). */
  readonly isAddressPart: (segment: string) => boolean;
  /** The sender's domain label folded ("greenleafenergy" for greenleafenergy.com); undefined for public domains. */
  readonly domainLabel: string | undefined;
}

const MAX_SEGMENT_CHARS = 80;
const MAX_SEGMENT_WORDS = 10;
/** "brightpath.example.com": a domain name is a website, never a company or a title. */
const DOMAIN_NAME = /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}\/?$/u;
const CREDENTIAL = /^(?:\p{Lu}[\p{Lu}.]{0,5}|[\p{L}]{1,5}\.|Esq\.?|Jr\.?|Sr\.?|PhD|Ph\.D\.?)$/u;

/**
 * Splits "Title, Company" ("Account Executive, Pinecrest Media") but keeps "Doe, Esq.", "Initech, Inc."
 * and "Vice President, Client Services" (a title whose comma part names a department, function or
 * region) whole.
 */
function splitComma(piece: string, isCompanyLike: (part: string) => boolean): string[] {
  const parts = piece.split(/,\s+/u);
  if (parts.length === 1) return parts;
  const tail = parts.slice(1);
  if (tail.every((part) => CREDENTIAL.test(part.trim()) || isSuffixOnly(part))) return [piece];
  if (looksLikeTitle(parts[0] ?? '') && tail.every((part) => !isCompanyLike(part) && !looksLikeTitle(part) && isFunctionPhrase(part))) return [piece];
  return parts;
}

/** Splits at " - ", " – ", " — ", keeping "Account Executive – Wholesale" (a title and its function) whole. */
function splitDash(piece: string): string[] {
  const parts = piece.split(/\s+[-–—]\s+/u);
  const joined: string[] = [];
  for (const part of parts) {
    const previous = joined[joined.length - 1];
    if (previous !== undefined && looksLikeTitle(previous) && isFunctionPhrase(part)) joined[joined.length - 1] = piece.slice(piece.indexOf(previous), piece.indexOf(part) + part.length);
    else joined.push(part);
  }
  return joined;
}

/** "丸の内商事株式会社 海外事業部 部長": a CJK line naming the company and the title holds both. */
function splitCjk(segment: string): string[] {
  if (!hasCjk(segment) || !looksLikeCompany(segment) || !looksLikeTitle(segment)) return [segment];
  const company = cjkCompanyPart(segment);
  const title = cjkTitlePart(segment);
  return title === segment || company === segment ? [segment] : [company, title];
}

export function splitSegments(line: string, isCompanyLike: (part: string) => boolean = looksLikeCompany): string[] {
  return line
    .split(/\s+[|·•]\s+|\s{3,}|\t/u)
    .flatMap(splitDash)
    .flatMap((piece) => splitComma(piece, isCompanyLike))
    .flatMap((part) => part.split(/\s+(?:at|bei|chez|@)\s+/u))
    .flatMap(splitCjk)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

function isCandidate(segment: string): boolean {
  if (segment.length > MAX_SEGMENT_CHARS || segment.split(/\s+/u).length > MAX_SEGMENT_WORDS) return false;
  if (/@|https?:|www\./iu.test(segment) || DOMAIN_NAME.test(segment) || (segment.match(/\d/gu)?.length ?? 0) >= 3) return false;
  return /\p{L}/u.test(segment) && !isSignOff(segment);
}

function matchesDomain(segment: string, label: string | undefined): boolean {
  if (label === undefined || label.length < 4) return false;
  const folded = nameTokens(segment).join('');
  return folded.length >= 4 && (folded.includes(label) || label.includes(folded));
}

/** A title outside the lexicon is taken from the line under the name only when this short. */
const MAX_UNMARKED_TITLE_WORDS = 5;

/**
 * Title by role words, company by legal suffix or domain. Without a title word, the segment right under
 * the sender's name is the title (low confidence) when the company was recognized elsewhere:
 * "Jana Krüger / Lektorin / Nordlicht Verlag GmbH".
 */
export function classifyRoles(lines: readonly string[], context: RoleContext): { jobTitle?: RoleGuess; companyName?: RoleGuess } {
  let jobTitle: RoleGuess | undefined;
  let companyName: RoleGuess | undefined;
  let afterTitle: string | undefined;
  let afterName: string | undefined;
  let sinceTitle = Number.POSITIVE_INFINITY;
  let sinceName = Number.POSITIVE_INFINITY;
  for (const line of lines) {
    const isCompanyLike = (part: string): boolean => looksLikeCompany(part) || matchesDomain(part, context.domainLabel);
    for (const segment of splitSegments(line, isCompanyLike).filter((s) => isCandidate(s) && !context.isAddressPart(s))) {
      sinceTitle += 1;
      sinceName += 1;
      if (looksLikeCompany(segment)) {
        companyName ??= { value: hasCjk(segment) ? cjkCompanyPart(segment) : segment, confidence: 0.85 };
      } else if (hasCjk(segment) && context.isName(segment) && looksLikeTitle(segment) && cjkTitlePart(segment) !== segment) {
        // "김민수 과장", "田中 部長": the name with the title after it.
        jobTitle ??= { value: cjkTitlePart(segment), confidence: 0.8 };
        sinceName = 0;
      } else if (context.isName(segment)) {
        sinceName = 0;
        continue;
      } else if (looksLikeTitle(segment)) {
        if (jobTitle === undefined) { jobTitle = { value: hasCjk(segment) ? cjkTitlePart(segment) : segment, confidence: 0.8 }; sinceTitle = 0; }
      } else if (matchesDomain(segment, context.domainLabel)) {
        companyName ??= { value: segment, confidence: 0.7 };
      } else {
        if (sinceTitle === 1 && afterTitle === undefined) afterTitle = segment;
        if (sinceName === 1 && afterName === undefined && !looksLikeDepartment(segment)) afterName = segment;
      }
    }
  }
  if (companyName === undefined && afterTitle !== undefined) companyName = { value: afterTitle, confidence: 0.5 };
  if (jobTitle === undefined && companyName !== undefined && afterName !== undefined && afterName !== companyName.value && afterName.split(/\s+/u).length <= MAX_UNMARKED_TITLE_WORDS) {
    jobTitle = { value: afterName, confidence: 0.5 };
  }
  return { ...(jobTitle === undefined ? {} : { jobTitle }), ...(companyName === undefined ? {} : { companyName }) };
}
