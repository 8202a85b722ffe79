// Extracts contact details from the sender's signature in a message body (plain text or HTML,
// converted without a DOM). Work is capped: HTML beyond MAX_BODY_CHARS and text beyond MAX_TEXT_CHARS
// are ignored, the signature is searched among the last MAX_TAIL_LINES lines before any quoted history,
// and only MAX_BLOCK_LINES short lines reach the phone, address and role finders. Every step is linear.

import { looksLikeEmail, normalizeEmail } from '../../contact/normalize-email.js';
import { nameTokens } from '../../contact/normalize-name.js';
import { cleanDisplayName, parseDisplayName } from '../parse-display-name.js';
import { isPublicMailDomain } from '../public-mail-domains.js';
import { classifyRoles } from './classify-roles.js';
import { phoneCountries } from './country-hint.js';
import { writtenCountry } from './country-names.js';
import { extractAddress } from './extract-address.js';
import { domainOf, findEmails, findWebsites } from './extract-links.js';
import { extractPhones } from './extract-phones.js';
import { findSignatureBlock, type BlockStart } from './find-signature-block.js';
import { htmlToText } from './html-to-text.js';
import { looksLikeCompany } from './role-lexicon.js';
import { signatureNameLine } from './signature-name.js';
import type { NamesSource, SignatureExtraction, SignatureInput, SignatureSuggestion } from './signature-types.js';
import { splitOwnText } from './split-own-text.js';

/** HTML bodies are read up to this many characters. */
export const MAX_BODY_CHARS = 1_048_576;
/** Text (after HTML conversion) is examined up to this many characters: 64 KB. */
export const MAX_TEXT_CHARS = 65_536;
const CONFIDENCE_BY_START: Record<BlockStart, number> = { separator: 1, 'sign-off': 1, name: 0.9, 'last-paragraph': 0.6 };

function toLines(input: SignatureInput): { lines: string[]; textChars: number; truncated: boolean } {
  const body = input.body.slice(0, MAX_BODY_CHARS);
  const text = input.bodyType === 'html' ? htmlToText(body, MAX_TEXT_CHARS + 1) : body;
  const truncated = input.body.length > MAX_BODY_CHARS || text.length > MAX_TEXT_CHARS;
  const capped = text.slice(0, MAX_TEXT_CHARS).replace(/[\u00a0\u2007\u202f]/gu, ' ').replace(/[\u200b\u200e\u200f\ufeff]/gu, '');
  return { lines: capped.split(/\r\n|\r|\n/u).map((line) => line.trimEnd()), textChars: capped.length, truncated };
}

function senderMatcher(input: SignatureInput, names: ReturnType<typeof parseDisplayName>): (segment: string) => boolean {
  const tokens = new Set(
    [input.senderName, names.displayName, names.givenName, names.surname].flatMap((name) => (name === undefined ? [] : nameTokens(name))).filter((t) => [...t].length >= 2),
  );
  return (segment) => {
    const words = nameTokens(segment);
    return words.length > 0 && words.length <= 6 && words.some((word) => tokens.has(word));
  };
}

type Suggest = (suggestion: SignatureSuggestion) => void;

function namesSourceOf(input: SignatureInput): NamesSource {
  const name = cleanDisplayName(input.senderName ?? '');
  return name === '' || looksLikeEmail(name) ? 'address' : 'header';
}

/** E-mail addresses and the website of the block; answers the lines they were read from. */
function suggestLinks(lines: readonly string[], input: SignatureInput, senderDomain: string | undefined, suggest: Suggest): Set<number> {
  const sender = input.senderAddress === undefined ? undefined : normalizeEmail(input.senderAddress);
  const emails = new Set<string>();
  const websites: string[] = [];
  const used = new Set<number>();
  for (const [i, line] of lines.entries()) {
    const found = findEmails(line);
    const sites = findWebsites(line, senderDomain);
    if (found.length + sites.length > 0) used.add(i);
    for (const email of found) emails.add(email);
    websites.push(...sites);
  }
  for (const email of emails) suggest({ field: 'email', value: email, confidence: email === sender ? 0.95 : 0.8, source: 'signature' });
  const website = pickWebsite(websites, senderDomain);
  if (website !== undefined) suggest({ field: 'website', value: website.value, confidence: website.confidence, source: 'signature' });
  return used;
}

export function extractSignature(input: SignatureInput): SignatureExtraction {
  const headerNames = parseDisplayName(input.senderName, input.senderAddress);
  const { lines, textChars, truncated } = toLines(input);
  const own = splitOwnText(lines);
  const block = findSignatureBlock(own.lines.map((line) => line.text), senderMatcher(input, headerNames));
  const stats = { inputChars: input.body.length, textChars, truncated, ownLines: own.lines.length, blockLines: block?.lines.length ?? 0 };
  const headerSource = namesSourceOf(input);
  if (block === undefined) return { names: headerNames, namesSource: headerSource, suggestions: [], stats };
  const nameLine = signatureNameLine(block.lines, input.senderName, input.senderAddress);
  const names = nameLine === undefined ? headerNames : parseDisplayName(nameLine);
  const isName = senderMatcher(input, names);
  const scale = CONFIDENCE_BY_START[block.via];
  const suggestions: SignatureSuggestion[] = [];
  const suggest: Suggest = (suggestion) => {
    suggestions.push({ ...suggestion, confidence: Math.round(suggestion.confidence * scale * 100) / 100 });
  };
  const senderDomain = domainOf(input.senderAddress);
  const addressCountry = block.lines.map(writtenCountry).find((country) => country !== undefined)?.code;
  const countries = phoneCountries({ addressCountry, senderDomain, defaultCountry: input.defaultCountry, displayLanguage: input.displayLanguage });
  const phones = extractPhones(block.lines, countries);
  for (const phone of phones) {
    const value = {
      kind: phone.kind,
      raw: phone.raw,
      ...(phone.e164 === undefined ? {} : { e164: phone.e164 }),
      ...(phone.extension === undefined ? {} : { extension: phone.extension }),
      ...(phone.display === undefined ? {} : { display: phone.display }),
      ...(phone.countrySource === undefined || phone.countrySource === 'number' ? {} : { countrySource: phone.countrySource }),
    };
    suggest({ field: 'phone', value, confidence: phone.e164 === undefined ? 0.4 : phone.labelled ? 0.9 : 0.7, source: 'signature' });
  }
  const used = new Set([...phones.map((phone) => phone.line), ...suggestLinks(block.lines, input, senderDomain, suggest)]);
  const address = extractAddress(block.lines, used);
  if (address !== undefined) {
    const { confidence, lines: _lines, ...value } = address;
    suggest({ field: 'address', value, confidence, source: 'signature' });
  }
  const domainLabel = senderDomain === undefined || isPublicMailDomain(senderDomain) ? undefined : organizationLabel(senderDomain);
  const isAddressPart = (segment: string): boolean => address !== undefined && address.text.includes(segment) && !looksLikeCompany(segment);
  const roles = classifyRoles(block.lines, { isName, isAddressPart, domainLabel });
  if (roles.jobTitle !== undefined) suggest({ field: 'jobTitle', value: roles.jobTitle.value, confidence: roles.jobTitle.confidence, source: 'signature' });
  if (roles.companyName !== undefined) suggest({ field: 'companyName', value: roles.companyName.value, confidence: roles.companyName.confidence, source: 'signature' });
  return { names, namesSource: nameLine === undefined ? headerSource : 'signature', suggestions, block: { lines: block.lines, via: block.via }, stats };
}

const GENERIC_LABELS = new Set(['com', 'co', 'org', 'net', 'gov', 'ac', 'edu', 'or', 'ne', 'go', 'gob', 'mail', 'email', 'lists']);

/** The label naming the organization: "zhongguancun-tech" for zhongguancun-tech.com.cn, folded. */
function organizationLabel(domain: string): string | undefined {
  const labels = domain.split('.').slice(0, -1).filter((label) => !GENERIC_LABELS.has(label));
  const label = labels[labels.length - 1];
  return label === undefined ? undefined : nameTokens(label).join('');
}

/** The sender's own site if listed (same domain, or a parent or child of it), else the first one. */
function pickWebsite(sites: readonly string[], senderDomain: string | undefined): { value: string; confidence: number } | undefined {
  const hostOf = (site: string): string => site.replace(/^https?:\/\//iu, '').replace(/^www\./iu, '').split(/[/?#]/u)[0]?.toLowerCase() ?? '';
  const related = (host: string): boolean => senderDomain !== undefined && host !== '' && (host === senderDomain || senderDomain.endsWith(`.${host}`) || host.endsWith(`.${senderDomain}`));
  const own = sites.find((site) => related(hostOf(site)));
  if (own !== undefined) return { value: own, confidence: 0.85 };
  const first = sites[0];
  return first === undefined ? undefined : { value: first, confidence: 0.6 };
}
