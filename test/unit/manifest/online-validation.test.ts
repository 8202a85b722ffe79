import { describe, expect, it } from 'vitest';
import { classifyOnlineValidation } from '../../../scripts/manifest/online-validation.js';

describe('classifyOnlineValidation', () => {
  it.each([
    ['the service is unreachable', { exitCode: 1, output: 'Error: Unable to contact the manifest validation service.\nFetchError: getaddrinfo ENOTFOUND validationgateway.omex.office.net' }, 'skipped', 'online validation: skipped (service unreachable)'],
    ['the service accepts the manifest', { exitCode: 0, output: 'Validation: Passed\nThe manifest is valid.\n' }, 'passed', 'online validation: ran, passed'],
    ['the service rejects the manifest', { exitCode: 1, output: 'Error #1: The element X is invalid\nThe manifest is not valid.\n' }, 'failed', 'online validation: ran, failed'],
    ['the command timed out', { exitCode: null, output: '', timedOut: true }, 'skipped', 'online validation: skipped (service did not answer in time)'],
    ['the command could not start', { exitCode: null, output: 'spawn ENOENT' }, 'skipped', 'online validation: skipped (office-addin-manifest could not run)'],
  ])('reports %s', (_case, run, status, summary) => {
    expect(classifyOnlineValidation(run)).toEqual({ status, summary });
  });

  it('does not count an unknown answer as a pass', () => {
    expect(classifyOnlineValidation({ exitCode: 0, output: 'something else' }).status).toBe('skipped');
  });
});
