// What `npm test` says about `npm audit --omit=dev`: high and critical advisories fail, lower ones are counted,
// and an unreachable advisory service is one line that says so.
import { describe, expect, it } from 'vitest';
import { auditVerdict } from '../../../scripts/audit/audit-verdict.js';

const report = (vulnerabilities: Record<string, unknown>, counts: Record<string, number>) =>
  JSON.stringify({ auditReportVersion: 2, vulnerabilities, metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0, ...counts } } });

describe('auditVerdict', () => {
  it('passes with no advisory, naming the counts', () => {
    expect(auditVerdict(report({}, {}), '')).toEqual({ outcome: 'clean', lines: ['npm audit: no high or critical advisory in the production dependencies (0 critical, 0 high, 0 moderate, 0 low)'] });
  });

  it('passes with only moderate and low advisories', () => {
    const verdict = auditVerdict(report({ tar: { name: 'tar', severity: 'moderate', via: [{ title: 'Path traversal' }] } }, { moderate: 1 }), '');
    expect(verdict.outcome).toBe('clean');
    expect(verdict.lines[0]).toContain('1 moderate');
  });

  it('fails on a high or critical advisory, listing each package with its advisory', () => {
    const verdict = auditVerdict(
      report(
        {
          dexie: { name: 'dexie', severity: 'critical', range: '<4.0.1', via: [{ title: 'Prototype pollution', url: 'https://github.com/advisories/GHSA-xxxx' }] },
          preact: { name: 'preact', severity: 'high', range: '10.0.0 - 10.5.0', via: ['dexie'] },
          papaparse: { name: 'papaparse', severity: 'low', via: [] },
        },
        { critical: 1, high: 1, low: 1 },
      ),
      '',
    );
    expect(verdict.outcome).toBe('vulnerable');
    expect(verdict.lines[0]).toBe('npm audit: 2 production dependencies with a high or critical advisory (1 critical, 1 high, 0 moderate, 1 low); run npm audit --omit=dev');
    expect(verdict.lines.slice(1)).toEqual(['  dexie <4.0.1 [critical]: Prototype pollution https://github.com/advisories/GHSA-xxxx', '  preact 10.0.0 - 10.5.0 [high]: through dexie']);
  });

  it('says on one line that the service was not reached when the registry has no audit endpoint', () => {
    const answer = JSON.stringify({ message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk', statusCode: 405 });
    expect(auditVerdict(answer, 'npm error audit endpoint returned an error')).toEqual({
      outcome: 'unreachable',
      lines: ['npm audit: not checked, the advisory service could not be reached (405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk)'],
    });
  });

  it('says so when npm printed nothing usable (no network, timeout)', () => {
    const verdict = auditVerdict('', 'npm error code ENOTFOUND\nnpm error network request failed');
    expect(verdict).toEqual({ outcome: 'unreachable', lines: ['npm audit: not checked, the advisory service could not be reached (npm error code ENOTFOUND)'] });
  });
});
