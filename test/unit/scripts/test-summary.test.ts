// The summary line `npm test` ends with: each failed test once, a file that failed to load as one failure.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const SCRIPT = path.resolve(import.meta.dirname, '../../../scripts/test-summary.mjs');
const folder = mkdtempSync(path.join(tmpdir(), 'test-summary-'));
let reports = 0;

afterAll(() => rmSync(folder, { recursive: true, force: true }));

const test = (status: string) => ({ status, title: `a ${status} test` });

/** Runs the script on `report` and answers its first output line and its exit code. */
function summarize(report: unknown): { line: string; code: number } {
  reports += 1;
  const file = path.join(folder, `report-${reports}.json`);
  writeFileSync(file, JSON.stringify(report));
  try {
    return { line: execFileSync(process.execPath, [SCRIPT, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(), code: 0 };
  } catch (error) {
    const failure = error as { stdout: string; status: number };
    return { line: failure.stdout.trim(), code: failure.status };
  }
}

describe('test-summary', () => {
  it('counts a failed test inside a describe block once', () => {
    const report = {
      numFailedTests: 1,
      numFailedTestSuites: 2,
      testResults: [
        { status: 'failed', assertionResults: [test('passed'), test('failed')] },
        { status: 'passed', assertionResults: [test('passed'), test('passed')] },
      ],
    };
    expect(summarize(report)).toEqual({ line: '3 passed, 1 failed', code: 1 });
  });

  it('counts a test file that failed to load as one failure', () => {
    const report = {
      testResults: [
        { status: 'failed', message: 'Failed to load url ./missing.js', assertionResults: [] },
        { status: 'passed', assertionResults: [test('passed')] },
      ],
    };
    expect(summarize(report)).toEqual({ line: '1 passed, 1 failed', code: 1 });
  });

  it('passes when every test passed, and fails when no test ran', () => {
    expect(summarize({ testResults: [{ status: 'passed', assertionResults: [test('passed'), test('passed')] }] })).toEqual({ line: '2 passed, 0 failed', code: 0 });
    expect(summarize({ testResults: [] })).toEqual({ line: '0 passed, 0 failed', code: 1 });
  });
});
