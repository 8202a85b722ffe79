// Prints "N passed, N failed" from vitest's JSON report; fails when no test ran.
// Each failed test counts once; a test file that failed without a failed test of its own (it did not load,
// or a hook outside every test threw) counts as one failure. vitest's numFailedTestSuites counts describe
// blocks as well as files, so the figures are taken from the per-file results instead.
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'test-results/vitest.json';
let report;
try {
  report = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  console.log('0 passed, 1 failed');
  console.error(`No test report at ${file}: ${error.message}`);
  process.exit(1);
}
const { passed, failed, skipped } = tally(report.testResults ?? []);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
if (passed + failed === 0) {
  console.error('No test ran.');
  process.exit(1);
}
process.exit(failed > 0 ? 1 : 0);

function tally(files) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const each of files) {
    const tests = each.assertionResults ?? [];
    const failedTests = tests.filter((test) => test.status === 'failed').length;
    passed += tests.filter((test) => test.status === 'passed').length;
    skipped += tests.filter((test) => test.status === 'pending' || test.status === 'skipped' || test.status === 'todo').length;
    failed += failedTests;
    if (each.status === 'failed' && failedTests === 0) failed += 1;
  }
  return { passed, failed, skipped };
}
