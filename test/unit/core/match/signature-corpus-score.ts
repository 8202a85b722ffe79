// Scores signature extraction against the corpus: per-field true/false positives and negatives,
// comparing normalized values (case, spacing, trailing punctuation; websites without scheme or www).

import { phoneDigits } from '../../../../src/core/contact/normalize-phone.js';
import type { SignatureExtraction } from '../../../../src/core/match/signature/signature-types.js';
import type { SignatureCase } from '../../../fixtures/signatures/signature-case.js';

export const SCORED_FIELDS = ['email', 'phone', 'jobTitle', 'companyName', 'website', 'address'] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];

export interface FieldScore { tp: number; fp: number; fn: number }
export interface Miss { caseId: string; field: ScoredField; expected: string[]; extracted: string[] }

export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').replace(/[\s.,;:]+$/u, '').trim();
}

function normalizeSite(site: string): string {
  return normalizeText(site).replace(/^https?:\/\//u, '').replace(/^www\./u, '').replace(/\/$/u, '');
}

function expectedValues(c: SignatureCase, field: ScoredField): string[] {
  const e = c.expected;
  switch (field) {
    case 'email': return e.emails.map(normalizeText);
    case 'phone': return e.phones.map((p) => `${p.kind} ${p.e164}`);
    case 'jobTitle': return e.jobTitle === undefined ? [] : [normalizeText(e.jobTitle)];
    case 'companyName': return e.companyName === undefined ? [] : [normalizeText(e.companyName)];
    case 'website': return e.website === undefined ? [] : [normalizeSite(e.website)];
    case 'address': return e.address === undefined ? [] : ['address'];
  }
}

function addressMatches(c: SignatureCase, got: { street?: string; city?: string; postalCode?: string }): boolean {
  const want = c.expected.address;
  if (want === undefined) return false;
  return (['street', 'city', 'postalCode'] as const).every((part) => want[part] === undefined || normalizeText(want[part]) === normalizeText(got[part] ?? ''));
}

function extractedValues(c: SignatureCase, result: SignatureExtraction, field: ScoredField): string[] {
  const values: string[] = [];
  for (const s of result.suggestions) {
    if (field === 'phone' && s.field === 'phone') values.push(`${s.value.kind} ${s.value.e164 ?? `raw:${phoneDigits(s.value.raw)}`}`);
    else if (field === 'address' && s.field === 'address') values.push(addressMatches(c, s.value) ? 'address' : `wrong: ${s.value.text} → ${s.value.street ?? '-'} | ${s.value.postalCode ?? '-'} | ${s.value.city ?? '-'}`);
    else if (field === 'website' && s.field === 'website') values.push(normalizeSite(s.value));
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

export function precision(s: FieldScore): number {
  return s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
}

export function recall(s: FieldScore): number {
  return s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
}
