// Scores signature extraction against the corpus: per-field true/false positives and negatives,
// comparing normalized values (case, spacing, trailing punctuation; websites without scheme or www).
// Shared by the corpus unit test and bench/capture-corpus.bench.ts, so both report the same figures.

import { phoneDigits } from '../../src/core/contact/normalize-phone.js';
import type { SignatureExtraction, SignatureInput } from '../../src/core/match/signature/signature-types.js';
import type { SignatureCase } from '../fixtures/signatures/signature-case.js';

export const SCORED_FIELDS = ['name', 'email', 'phone', 'jobTitle', 'companyName', 'website', 'address', 'city', 'country'] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];
/** The fields the capture form fills from a message: the capture figures are computed over these. */
export const CAPTURE_FIELDS: readonly ScoredField[] = ['name', 'jobTitle', 'companyName', 'phone', 'website', 'city', 'country'];

export interface FieldScore { tp: number; fp: number; fn: number }
export interface Miss { caseId: string; field: ScoredField; expected: string[]; extracted: string[] }
export interface CorpusScore {
  readonly totals: Record<ScoredField, FieldScore>;
  readonly misses: readonly Miss[];
  /** Cases whose name fields equal the expected ones exactly (no extra field either). */
  readonly namesRight: number;
}

export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').replace(/[\s.,;:]+$/u, '').trim();
}

function normalizeSite(site: string): string {
  return normalizeText(site).replace(/^https?:\/\//u, '').replace(/^www\./u, '').replace(/\/$/u, '');
}

type Names = SignatureCase['expected']['names'];

function nameValue(names: Names): string[] {
  if (names.givenName === undefined && names.surname === undefined) return [];
  return [normalizeText(`${names.givenName ?? ''} | ${names.middleName ?? ''} | ${names.surname ?? ''}`)];
}

function phoneValue(kind: string, number: string, extension: string | undefined): string {
  return `${kind} ${number}${extension === undefined ? '' : ` ext ${extension}`}`;
}

function expectedValues(c: SignatureCase, field: ScoredField): string[] {
  const e = c.expected;
  const one = (value: string | undefined): string[] => (value === undefined ? [] : [normalizeText(value)]);
  switch (field) {
    case 'name': return nameValue(e.names);
    case 'email': return e.emails.map(normalizeText);
    case 'phone': return e.phones.map((p) => phoneValue(p.kind, p.e164, p.extension));
    case 'jobTitle': return one(e.jobTitle);
    case 'companyName': return one(e.companyName);
    case 'website': return e.website === undefined ? [] : [normalizeSite(e.website)];
    case 'address': return e.address === undefined ? [] : ['address'];
    case 'city': return one(e.address?.city);
    case 'country': return one(e.address?.countryOrRegion);
  }
}

function addressMatches(c: SignatureCase, got: { street?: string; city?: string; postalCode?: string; countryOrRegion?: string }): boolean {
  const want = c.expected.address;
  if (want === undefined) return false;
  return (['street', 'city', 'postalCode', 'countryOrRegion'] as const).every((part) => want[part] === undefined || normalizeText(want[part]) === normalizeText(got[part] ?? ''));
}

function extractedValues(c: SignatureCase, result: SignatureExtraction, field: ScoredField): string[] {
  if (field === 'name') return nameValue(result.names);
  const values: string[] = [];
  for (const s of result.suggestions) {
    if (field === 'phone' && s.field === 'phone') values.push(phoneValue(s.value.kind, s.value.e164 ?? `raw:${phoneDigits(s.value.raw)}`, s.value.extension));
    else if (s.field === 'address') {
      if (field === 'address') values.push(addressMatches(c, s.value) ? 'address' : `wrong: ${s.value.text} → ${s.value.street ?? '-'} | ${s.value.postalCode ?? '-'} | ${s.value.city ?? '-'} | ${s.value.countryOrRegion ?? '-'}`);
      if (field === 'city' && s.value.city !== undefined) values.push(normalizeText(s.value.city));
      if (field === 'country' && s.value.countryOrRegion !== undefined) values.push(normalizeText(s.value.countryOrRegion));
    } else if (field === 'website' && s.field === 'website') values.push(normalizeSite(s.value));
    else if (s.field === field && typeof s.value === 'string') values.push(normalizeText(s.value));
  }
  return values;
}

export function scoreCase(c: SignatureCase, result: SignatureExtraction, totals: Record<ScoredField, FieldScore>, misses: Miss[]): void {
  for (const field of SCORED_FIELDS) {
    const expected = expectedValues(c, field);
    const extracted = extractedValues(c, result, field);
    const tp = extracted.filter((v) => expected.includes(v)).length;
    const score = totals[field];
    score.tp += tp;
    score.fp += extracted.length - tp;
    score.fn += expected.filter((v) => !extracted.includes(v)).length;
    if (tp !== expected.length || tp !== extracted.length) misses.push({ caseId: c.id, field, expected, extracted });
  }
}

/** The extractor's input for a case, as the pane builds it from the open message and the mailbox. */
export function inputOf(c: SignatureCase): SignatureInput {
  return {
    body: c.body.content,
    bodyType: c.body.type,
    senderAddress: c.from.emailAddress,
    ...(c.from.displayName === undefined ? {} : { senderName: c.from.displayName }),
    ...(c.defaultCountry === undefined ? {} : { defaultCountry: c.defaultCountry }),
    ...(c.displayLanguage === undefined ? {} : { displayLanguage: c.displayLanguage }),
  };
}

function namesEqual(got: Names, want: Names): boolean {
  const keys = new Set([...Object.keys(got), ...Object.keys(want)]) as Set<keyof Names>;
  return [...keys].every((key) => got[key] === want[key]);
}

export function scoreCorpus(cases: readonly SignatureCase[], extract: (input: SignatureInput) => SignatureExtraction): CorpusScore {
  const totals = Object.fromEntries(SCORED_FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Record<ScoredField, FieldScore>;
  const misses: Miss[] = [];
  let namesRight = 0;
  for (const c of cases) {
    const result = extract(inputOf(c));
    scoreCase(c, result, totals, misses);
    if (namesEqual(result.names, c.expected.names)) namesRight += 1;
    else misses.push({ caseId: c.id, field: 'name', expected: [JSON.stringify(c.expected.names)], extracted: [JSON.stringify(result.names)] });
  }
  return { totals, misses, namesRight };
}

/** Precision and recall over several fields, pooled (every value counts once). */
export function pooled(totals: Record<ScoredField, FieldScore>, fields: readonly ScoredField[]): FieldScore {
  return fields.reduce((sum, f) => ({ tp: sum.tp + totals[f].tp, fp: sum.fp + totals[f].fp, fn: sum.fn + totals[f].fn }), { tp: 0, fp: 0, fn: 0 });
}

export function precision(s: FieldScore): number {
  return s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
}

export function recall(s: FieldScore): number {
  return s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
}
