import { describe, expect, it } from 'vitest';
import { extractSignature } from '../../../../../src/core/match/signature/extract-signature.js';
import { isPoorDisplayName, signatureNameLine } from '../../../../../src/core/match/signature/signature-name.js';

describe('isPoorDisplayName', () => {
  it.each([
    [undefined, true], ['', true], ['tadeyemi@gmail.com', true], ['MÜLLER, Hans', true], ['GARCÍA LÓPEZ, ANA', true], ['JOHN SMITH', true], ['john smith', true], ['Jane', true],
    ['Hans Müller', false], ['Jean DUPONT', false], ['Doe, John', false], ['山田 太郎', false],
  ])('says %s is poor: %s', (name, poor) => {
    expect(isPoorDisplayName(name)).toBe(poor);
  });
});

describe('signatureNameLine', () => {
  it('takes the name line that agrees with the address local part', () => {
    expect(signatureNameLine(['María Fernanda Villaseñor Garza', 'Jefa de Proyectos'], undefined, 'mfvillasenor@example.com.mx')).toBe('María Fernanda Villaseñor Garza');
  });

  it('takes the name line that shares a word with a display name in capitals', () => {
    expect(signatureNameLine(['Hans Müller', 'Leiter Einkauf'], 'MÜLLER, Hans', 'hans.mueller@example.at')).toBe('Hans Müller');
  });

  it('takes the name part of a line that also holds credentials, a title or pronouns', () => {
    expect(signatureNameLine(['Dr. Jane Doe, CPA'], undefined, 'jdoe@example.com')).toBe('Dr. Jane Doe');
    expect(signatureNameLine(['Dan Fischer | Sales Director'], 'FISCHER, DAN', 'dan@example.com')).toBe('Dan Fischer');
    expect(signatureNameLine(['Alex Rivera (they/them)'], '', 'arivera@example.com')).toBe('Alex Rivera');
    expect(signatureNameLine(['Jane Doe', 'Paralegal'], 'Jane', 'jane@example.com')).toBe('Jane Doe');
  });

  it('keeps a good display name and ignores lines that name someone else, a title or a company', () => {
    expect(signatureNameLine(['Hans Müller'], 'Hans Müller', 'h@example.at')).toBeUndefined();
    expect(signatureNameLine(['Peter Schulz', 'Account Executive', 'Pinecrest Media Ltd'], undefined, 'info@example.com')).toBeUndefined();
    expect(signatureNameLine(['Senior Product Designer', 'Jordan Blake'], undefined, 'jordanblake.design@gmail.com')).toBe('Jordan Blake');
  });
});

describe('extractSignature names', () => {
  it('takes the names from the signature when the display name is the bare address, and says so', () => {
    const result = extractSignature({ body: 'Hello,\n\nSee you then.\n\nMany thanks,\n\nTolulope Adeyemi-Clarke\nAccount Executive, Pinecrest Media', bodyType: 'text', senderName: 'tadeyemi@gmail.com', senderAddress: 'tadeyemi@gmail.com' });
    expect(result.names).toEqual({ displayName: 'Tolulope Adeyemi-Clarke', givenName: 'Tolulope', surname: 'Adeyemi-Clarke' });
    expect(result.namesSource).toBe('signature');
  });

  it('keeps the header names otherwise', () => {
    const result = extractSignature({ body: 'Regards,\nAnn Lee\nHead of Sales', bodyType: 'text', senderName: 'Ann Lee', senderAddress: 'ann@example.com' });
    expect(result.namesSource).toBe('header');
  });
});
