import { describe, expect, it } from 'vitest';
import { extractSignature, MAX_TEXT_CHARS } from '../../../../../src/core/match/signature/extract-signature.js';
import { suggestionsToFields } from '../../../../../src/core/match/signature/suggestions-to-fields.js';

const body = `Hi,

Thanks, see attached.

Best regards,
Ann Lee
Head of Sales
Initech Ltd
T: +44 20 7946 0321
M: +44 7912 482613
ann.lee@initech.test | www.initech.test

On Mon, Bob <bob@x.test> wrote:
> Bob Stone
> Fax: +44 20 7946 0999
`;

describe('extractSignature', () => {
  const result = extractSignature({ body, bodyType: 'text', senderName: 'Lee, Ann', senderAddress: 'Ann.Lee@initech.test' });

  it('parses the sender name from the headers', () => {
    expect(result.names).toEqual({ displayName: 'Lee, Ann', givenName: 'Ann', surname: 'Lee' });
  });

  it('marks every value as a suggestion from the signature', () => {
    expect(result.suggestions.length).toBeGreaterThan(0);
    for (const s of result.suggestions) {
      expect(s.source).toBe('signature');
      expect(s.confidence).toBeGreaterThan(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('suggests the values of the sender signature only', () => {
    const values = result.suggestions.map((s) => (s.field === 'phone' ? `${s.field} ${s.value.kind} ${s.value.e164}` : s.field === 'address' ? s.field : `${s.field} ${s.value}`));
    expect(values).toEqual([
      'phone office +442079460321',
      'phone mobile +447912482613',
      'email ann.lee@initech.test',
      'website www.initech.test',
      'jobTitle Head of Sales',
      'companyName Initech Ltd',
    ]);
  });

  it('rates the sender own address above other addresses', () => {
    const other = extractSignature({ body: 'Regards,\nAnn Lee\nann.lee@initech.test\nassistant@initech.test', bodyType: 'text', senderAddress: 'ann.lee@initech.test' });
    const confidence = other.suggestions.filter((s) => s.field === 'email').map((s) => s.confidence);
    expect(confidence[0]).toBeGreaterThan(confidence[1] ?? 1);
  });

  it('reads an HTML body without rendering it', () => {
    const html = extractSignature({ body: '<p>Hi</p><p>Cheers,<br>Ann Lee<br>CTO<br><img src=x onerror=alert(1)>Tel: +1 425 882 8080</p>', bodyType: 'html', senderName: 'Ann Lee' });
    expect(html.suggestions.map((s) => s.field)).toEqual(['phone', 'jobTitle']);
  });

  it('suggests nothing for a message without a signature', () => {
    expect(extractSignature({ body: '', bodyType: 'text' }).suggestions).toEqual([]);
    expect(extractSignature({ body: 'ok', bodyType: 'html' }).block?.via).toBe('last-paragraph');
  });

  it('reports truncation of text beyond the cap', () => {
    const long = extractSignature({ body: `${'word '.repeat(MAX_TEXT_CHARS)}`, bodyType: 'text' });
    expect(long.stats).toMatchObject({ truncated: true, textChars: MAX_TEXT_CHARS });
  });
});

describe('suggestionsToFields', () => {
  it('fills the contact fields within Outlook slots, sender address first', () => {
    const { suggestions } = extractSignature({ body, bodyType: 'text', senderName: 'Ann Lee', senderAddress: 'Ann.Lee@initech.test' });
    expect(suggestionsToFields(suggestions, 'ann.lee@initech.test')).toEqual({
      mobilePhone: '+447912482613',
      businessPhones: ['+442079460321'],
      emailAddresses: [{ address: 'ann.lee@initech.test' }],
      jobTitle: 'Head of Sales',
      companyName: 'Initech Ltd',
      businessHomePage: 'www.initech.test',
    });
  });

  it('keeps at most two business phones and three addresses, and leaves fax out', () => {
    const phone = (kind: 'office' | 'fax', n: string) => ({ field: 'phone' as const, value: { kind, raw: n, e164: n }, confidence: 1, source: 'signature' as const });
    const email = (value: string) => ({ field: 'email' as const, value, confidence: 1, source: 'signature' as const });
    const fields = suggestionsToFields([phone('office', '+1'), phone('office', '+2'), phone('office', '+3'), phone('fax', '+4'), email('a@x.test'), email('b@x.test'), email('c@x.test')], 'me@x.test');
    expect(fields.businessPhones).toEqual(['+1', '+2']);
    expect(fields.emailAddresses?.map((e) => e.address)).toEqual(['me@x.test', 'a@x.test', 'b@x.test']);
    expect(fields.mobilePhone).toBeUndefined();
  });
});

describe('extractSignature countries', () => {
  it('reads national numbers with the sender domain country before the default country', () => {
    const result = extractSignature({ body: 'Cordialement,\nJean Dupont\nTél. : 01 42 68 53 00', bodyType: 'text', senderName: 'Jean Dupont', senderAddress: 'jean@exemple.fr', defaultCountry: 'DE' });
    expect(result.suggestions.map((s) => (s.field === 'phone' ? s.value.e164 : undefined))).toEqual(['+33142685300']);
  });

  it('falls back to the default country for numbers the domain country cannot read', () => {
    const result = extractSignature({ body: 'Regards,\nAnn Lee\nNew York office: (212) 947-0143', bodyType: 'text', senderName: 'Ann Lee', senderAddress: 'ann@acme.co.uk', defaultCountry: 'US' });
    expect(result.suggestions.map((s) => (s.field === 'phone' ? s.value.e164 : undefined))).toEqual(['+12129470143']);
  });

  const phonesOf = (result: ReturnType<typeof extractSignature>): unknown[] =>
    result.suggestions.flatMap((s) => (s.field === 'phone' ? [[s.value.e164, s.value.countrySource]] : []));

  it('reads national numbers with the country of the signature address first', () => {
    const result = extractSignature({ body: 'Best regards\nSophie Hartmann\nSendlinger Straße 12, 80331 München, Deutschland\nTel. 089 2101 4455', bodyType: 'text', senderName: 'Sophie Hartmann', senderAddress: 'sophie@example.com', defaultCountry: 'US' });
    expect(phonesOf(result)).toEqual([['+498921014455', 'address']]);
  });

  it('falls back to the region of the display language, and says so', () => {
    const result = extractSignature({ body: 'Viele Grüße\nFelix Wagner\nTel. 030 2345 6789', bodyType: 'text', senderName: 'Felix Wagner', senderAddress: 'felix@example.com', displayLanguage: 'de-DE' });
    expect(phonesOf(result)).toEqual([['+493023456789', 'mailbox']]);
  });

  it('writes a number with an extension in the form Outlook shows', () => {
    const result = extractSignature({ body: 'Thanks,\nMonica Reyes\nOffice: (312) 555-0148 ext. 12', bodyType: 'text', senderName: 'Monica Reyes', senderAddress: 'mreyes@example.com', defaultCountry: 'US' });
    expect(suggestionsToFields(result.suggestions).businessPhones).toEqual(['+1 312-555-0148 ext. 12']);
  });
});
