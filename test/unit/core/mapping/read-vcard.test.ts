import { describe, expect, it } from 'vitest';
import { contactFromVCardProperties } from '../../../../src/core/mapping/apply-vcard-mapping.js';
import { readVCards } from '../../../../src/core/mapping/read-vcard.js';

describe('readVCards', () => {
  it('unfolds lines folded with a space or a tab, with CRLF or bare LF line ends', () => {
    const [card] = readVCards('BEGIN:VCARD\nVERSION:4.0\nFN:Jo\n hn\r\n\t Doe\nNOTE:a\r\n b\r\nEND:VCARD\n');
    expect(card?.properties).toEqual([
      { name: 'FN', params: {}, value: [['John Doe']] },
      { name: 'NOTE', params: {}, value: [['ab']] },
    ]);
  });

  it('reads several cards and their versions, skipping text outside them', () => {
    const cards = readVCards('junk\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:4.0\r\nFN:B\r\nEND:VCARD\r\n');
    expect(cards.map((card) => [card.version, card.properties[0]?.value])).toEqual([
      ['3.0', [['A']]],
      ['4.0', [['B']]],
    ]);
  });

  it('drops property groups and reads quoted and vCard 2.1 style parameters', () => {
    const [card] = readVCards('BEGIN:VCARD\r\nVERSION:3.0\r\nitem1.EMAIL;type=INTERNET;type=WORK:a@x.example\r\nTEL;HOME:+1 555\r\nADR;LABEL="1 Main St: Suite 3";TYPE=work:;;1 Main St;Town;;;\r\nEND:VCARD\r\n');
    expect(card?.properties.map((property) => [property.name, property.params])).toEqual([
      ['EMAIL', { TYPE: ['INTERNET', 'WORK'] }],
      ['TEL', { TYPE: ['HOME'] }],
      ['ADR', { LABEL: ['1 Main St: Suite 3'], TYPE: ['work'] }],
    ]);
    expect(contactFromVCardProperties(card?.properties ?? [])).toEqual({
      emailAddresses: [{ address: 'a@x.example' }],
      homePhones: ['+1 555'],
      businessAddress: { street: '1 Main St', city: 'Town' },
    });
  });

  it('splits compound values only at unescaped semicolons and lists only at unescaped commas', () => {
    const [card] = readVCards('BEGIN:VCARD\r\nVERSION:4.0\r\nN:Doe\\;Smith;John\\\\;;;\r\nCATEGORIES:a\\,b,c\r\nFN:x;y\\, z\r\nEND:VCARD\r\n');
    expect(card?.properties.map((property) => property.value)).toEqual([[['Doe;Smith'], ['John\\'], [''], [''], ['']], [['a,b', 'c']], [['x;y, z']]]);
  });

  it('reads an address without work or home as the other address and a second cell phone as a business phone', () => {
    const [card] = readVCards('BEGIN:VCARD\r\nVERSION:4.0\r\nADR:;;;Tacoma;;;\r\nTEL;TYPE=cell:1\r\nTEL;TYPE=cell:2\r\nEND:VCARD\r\n');
    expect(contactFromVCardProperties(card?.properties ?? [])).toEqual({ otherAddress: { city: 'Tacoma' }, mobilePhone: '1', businessPhones: ['2'] });
  });
});
