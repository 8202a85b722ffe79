import { describe, expect, it } from 'vitest';
import { extractSignature } from '../../../../src/core/match/signature/extract-signature.js';
import { SIGNATURE_CASES } from '../../../fixtures/signatures/signature-cases.js';
import { precision, recall, SCORED_FIELDS, scoreCase, type FieldScore, type Miss, type ScoredField } from './signature-corpus-score.js';

const FLOORS: Record<ScoredField, number> = { email: 0.9, phone: 0.9, jobTitle: 0.75, companyName: 0.75, website: 0.6, address: 0.6 };

function runCorpus(): { totals: Record<ScoredField, FieldScore>; misses: Miss[]; namesRight: number } {
  const totals = Object.fromEntries(SCORED_FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Record<ScoredField, FieldScore>;
  const misses: Miss[] = [];
  let namesRight = 0;
  for (const c of SIGNATURE_CASES) {
    const result = extractSignature({
      body: c.body.content,
      bodyType: c.body.type,
      senderAddress: c.from.emailAddress,
      ...(c.from.displayName === undefined ? {} : { senderName: c.from.displayName }),
      ...(c.defaultCountry === undefined ? {} : { defaultCountry: c.defaultCountry }),
    });
    scoreCase(c, result, totals, misses);
    if (JSON.stringify(result.names) === JSON.stringify(Object.fromEntries(Object.entries(result.names).filter(([k]) => k in c.expected.names))) && Object.entries(c.expected.names).every(([k, v]) => (result.names as Record<string, string>)[k] === v)) namesRight += 1;
    else misses.push({ caseId: c.id, field: 'jobTitle', expected: [JSON.stringify(c.expected.names)], extracted: [`names ${JSON.stringify(result.names)}`] });
  }
  return { totals, misses, namesRight };
}

describe('signature corpus', () => {
  const { totals, misses, namesRight } = runCorpus();
  const pct = (n: number): string => `${(n * 100).toFixed(1)}%`.padStart(7);
  const table = SCORED_FIELDS.map((f) => `${f.padEnd(12)} ${pct(precision(totals[f]))} ${pct(recall(totals[f]))}   tp ${totals[f].tp} fp ${totals[f].fp} fn ${totals[f].fn}`);
  console.log(['signature corpus: field precision recall', ...table, `names        ${namesRight}/${SIGNATURE_CASES.length} exact`].join('\n'));
  if (misses.length > 0) console.log(misses.map((m) => `  ${m.caseId} ${m.field}: expected ${JSON.stringify(m.expected)} got ${JSON.stringify(m.extracted)}`).join('\n'));

  it('holds at least 40 cases', () => {
    expect(SIGNATURE_CASES.length).toBeGreaterThanOrEqual(40);
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
