import { describe, expect, it } from 'vitest';
import { parseBuildEnv } from '../../../scripts/manifest/parse-build-env.js';

const CLIENT_ID = '3f2b8a4e-6c1d-4e7f-9a0b-5c6d7e8f9a0b';

describe('parseBuildEnv', () => {
  it('accepts an https base URL and a GUID, dropping the trailing slash', () => {
    expect(parseBuildEnv({ ADDIN_BASE_URL: 'https://contoso.com/contact-bridge/', CLIENT_ID: CLIENT_ID.toUpperCase() })).toEqual({
      ok: true,
      settings: { baseUrl: 'https://contoso.com/contact-bridge', clientId: CLIENT_ID },
    });
  });

  it('names both variables with an example when neither is set', () => {
    const result = parseBuildEnv({});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(2);
    expect(result.problems[0]).toMatch(/^ADDIN_BASE_URL is not set.*Example: ADDIN_BASE_URL=https:\/\//);
    expect(result.problems[1]).toMatch(/^CLIENT_ID is not set.*Example: CLIENT_ID=[0-9a-f-]{36}/);
  });

  it.each([
    ['http://contoso.com', /must use https/],
    ['contoso.com', /not an absolute URL/],
    ['https://localhost:3000', /points at this machine/],
    ['https://contoso.com/?x=1', /without query/],
  ])('rejects ADDIN_BASE_URL %s', (value, reason) => {
    const result = parseBuildEnv({ ADDIN_BASE_URL: value, CLIENT_ID });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual([expect.stringMatching(reason)]);
  });

  it.each([
    ['my-app', /is not a GUID/],
    ['00000000-0000-0000-0000-000000000000', /placeholder/],
  ])('rejects CLIENT_ID %s', (value, reason) => {
    const result = parseBuildEnv({ ADDIN_BASE_URL: 'https://contoso.com', CLIENT_ID: value });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual([expect.stringMatching(reason)]);
  });
});
