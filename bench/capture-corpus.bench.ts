// Benchmark: how much of what a careful person would copy from a signature the extractor gets right,
// over the whole signature corpus (test/fixtures/signatures). Precision and recall in percent, pooled over
// the fields the capture form fills: name, job title, company, phones, website, city and country.

import { extractSignature } from '../src/core/match/signature/extract-signature.js';
import { SIGNATURE_CASES } from '../test/fixtures/signatures/signature-cases.js';
import { CAPTURE_FIELDS, pooled, precision, recall, scoreCorpus } from '../test/support/signature-corpus-score.js';
import type { BenchTargets } from './bench-table.js';

/** A suggestion the user must undo costs more than one they type: precision has the higher floor. */
export const targets: BenchTargets = { 'capture.precision': { min: 97 }, 'capture.recall': { min: 92 } };

const percent = (ratio: number): number => Math.round(ratio * 1000) / 10;

export async function run(): Promise<Record<string, number>> {
  const { totals } = scoreCorpus(SIGNATURE_CASES, extractSignature);
  const capture = pooled(totals, CAPTURE_FIELDS);
  return { 'capture.precision': percent(precision(capture)), 'capture.recall': percent(recall(capture)), 'capture.casesCount': SIGNATURE_CASES.length };
}
