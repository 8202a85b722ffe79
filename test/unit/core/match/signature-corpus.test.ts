import { describe, expect, it } from 'vitest';
import { extractSignature } from '../../../../src/core/match/signature/extract-signature.js';
import { SIGNATURE_CASES } from '../../../fixtures/signatures/signature-cases.js';
import { CAPTURE_FIELDS, pooled, precision, recall, SCORED_FIELDS, scoreCorpus, type ScoredField } from '../../../support/signature-corpus-score.js';

const FLOORS: Record<ScoredField, number> = { name: 0.9, email: 0.9, phone: 0.9, jobTitle: 0.75, companyName: 0.75, website: 0.6, address: 0.6, city: 0.6, country: 0.6 };

describe('signature corpus', () => {
  const { totals, misses, namesRight } = scoreCorpus(SIGNATURE_CASES, extractSignature);
  const pct = (n: number): string => `${(n * 100).toFixed(1)}%`.padStart(7);
  const table = SCORED_FIELDS.map((f) => `${f.padEnd(12)} ${pct(precision(totals[f]))} ${pct(recall(totals[f]))}   tp ${totals[f].tp} fp ${totals[f].fp} fn ${totals[f].fn}`);
  const capture = pooled(totals, CAPTURE_FIELDS);
  console.log(['signature corpus: field precision recall', ...table, `capture      ${pct(precision(capture))} ${pct(recall(capture))}`, `names        ${namesRight}/${SIGNATURE_CASES.length} exact`].join('\n'));
  if (misses.length > 0) console.log(misses.map((m) => `  ${m.caseId} ${m.field}: expected ${JSON.stringify(m.expected)} got ${JSON.stringify(m.extracted)}`).join('\n'));

  it('holds at least 100 cases with distinct ids', () => {
    expect(SIGNATURE_CASES.length).toBeGreaterThanOrEqual(100);
    expect(new Set(SIGNATURE_CASES.map((c) => c.id)).size).toBe(SIGNATURE_CASES.length);
  });

  it.each(SCORED_FIELDS)('reaches the precision and recall floor for %s', (field) => {
    expect(precision(totals[field])).toBeGreaterThanOrEqual(FLOORS[field]);
    expect(recall(totals[field])).toBeGreaterThanOrEqual(FLOORS[field]);
  });

  it('parses the sender names of nine cases in ten exactly', () => {
    expect(namesRight / SIGNATURE_CASES.length).toBeGreaterThanOrEqual(0.9);
  });
});
