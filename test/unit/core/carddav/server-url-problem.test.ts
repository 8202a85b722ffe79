// A CardDAV server URL checked before the pane sends anything: an http(s) URL, without credentials in it, on
// an origin the pane's connect-src allows (CSP source expressions: scheme, host, port wildcard, host wildcard).
import { describe, expect, it } from 'vitest';
import { isOriginAllowed, serverUrlProblem } from '../../../../src/core/carddav/server-url-problem.js';

describe('isOriginAllowed', () => {
  it.each<[string, readonly string[], boolean]>([
    ['https://dav.example.com/dav/', ['https://dav.example.com'], true],
    ['https://dav.example.com:8443/', ['https://dav.example.com'], false],
    ['https://dav.example.com:8443/', ['https://dav.example.com:8443'], true],
    ['https://dav.example.com:443/', ['https://dav.example.com'], true],
    ['http://dav.example.com/', ['https://dav.example.com'], false],
    ['http://127.0.0.1:5232/', ['http://127.0.0.1:*'], true],
    ['https://cloud.example.org/remote.php/dav', ['https://*.example.org'], true],
    ['https://example.org/', ['https://*.example.org'], false],
    ['https://evil-example.org/', ['https://*.example.org'], false],
    ['https://anything.example/', ['https:'], true],
    ['http://anything.example/', ['https:'], false],
    ['https://dav.example.com/', [], false],
  ])('%s against %j → %s', (url, sources, expected) => {
    expect(isOriginAllowed(new URL(url), sources)).toBe(expected);
  });
});

describe('serverUrlProblem', () => {
  const allowed = ['https://dav.example.com'];
  it.each([
    ['https://dav.example.com/', undefined],
    ['  https://dav.example.com/dav/  ', undefined],
    ['dav.example.com', 'not-a-url'],
    ['ftp://dav.example.com/', 'not-http'],
    ['https://ann:secret@dav.example.com/', 'has-credentials'],
    ['https://other.example.com/', 'not-allowed'],
  ])('%s → %s', (url, expected) => {
    expect(serverUrlProblem(url, allowed)).toBe(expected);
  });
});
