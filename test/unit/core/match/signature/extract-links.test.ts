import { describe, expect, it } from 'vitest';
import { findEmails, findWebsites } from '../../../../../src/core/match/signature/extract-links.js';

describe('findEmails', () => {
  it.each([
    ['E-Mail: H.Meier@Muster.de', ['h.meier@muster.de']],
    ['<a@b.test>, mailto:c@d.test; 邮箱：e@f.test.', ['a@b.test', 'c@d.test', 'e@f.test']],
    ['@handle and a@b and x@y.z', []],
  ])('finds addresses in %s', (line, emails) => {
    expect(findEmails(line)).toEqual(emails);
  });
});

describe('findWebsites', () => {
  it.each([
    ['www.acme.test', undefined, ['www.acme.test']],
    ['Web: https://acme.test/about', undefined, ['https://acme.test/about']],
    ['acme.test', undefined, ['acme.test']],
    ['Visit acme.test for the brochure today', 'acme.test', ['acme.test']],
    ['Visit acme.test for the brochure today', undefined, []],
    ['LinkedIn: https://www.linkedin.com/in/someone', undefined, []],
    ['Smith Ltd. S.A. de C.V.', undefined, []],
  ])('finds sites in %s', (line, domain, sites) => {
    expect(findWebsites(line, domain)).toEqual(sites);
  });
});
