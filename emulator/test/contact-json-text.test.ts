import { describe, expect, it } from 'vitest';
import { CONTACT_PROPERTIES, SELECTABLE, renderContact } from '../graph/contact-json.js';
import { contactJsonText } from '../graph/contact-json-text.js';
import { anchorContacts } from '../seed/anchor-contacts.js';
import { seedContactProps } from '../seed/seed-contacts.js';
import { createRng } from '../store/ids.js';
import { Mailbox } from '../store/mailbox.js';
import type { ContactProps, StoredContact } from '../store/records.js';

const TYPE = '#microsoft.graph.contact';
const mailbox = new Mailbox('owner-1', () => Date.UTC(2025, 0, 2, 3, 4, 5));
const seeded = (index: number): StoredContact => mailbox.createSeededContact(mailbox.defaultFolderId, (i) => seedContactProps(createRng(i), i), index, Date.UTC(2024, 0, 1) + index);
const plain = (props: ContactProps): StoredContact => mailbox.createContact(mailbox.defaultFolderId, props);

/** Text no serialiser can take as it is: quotes, backslashes, controls, a lone surrogate, a pair, U+2028, non-Latin-1. */
const AWKWARD = ['say "hi"', 'C:\\path\\', 'line\nbreak\ttab\u0000nul\u001f', 'lone \ud800 surrogate', 'pair 😀', 'sep\u2028arator', '李雷 Weiß', ''];

const contacts: StoredContact[] = [
  ...anchorContacts().map(plain),
  ...Array.from({ length: 300 }, (_, i) => seeded(20 + i * 7)),
  plain({}),
  plain({ givenName: null, categories: [], homeAddress: {}, emailAddresses: [] }),
  plain({ givenName: AWKWARD[0], surname: AWKWARD[1], personalNotes: AWKWARD[2], nickName: AWKWARD[3], title: AWKWARD[4], jobTitle: AWKWARD[5], companyName: AWKWARD[6], initials: AWKWARD[7], categories: AWKWARD, emailAddresses: [{ name: AWKWARD[0], address: 'a@b.example' }], homeAddress: { street: AWKWARD[2], city: null } }),
];

describe('contactJsonText', () => {
  it('writes the same text as serialising the rendered contact, with and without a type', () => {
    for (const contact of contacts) {
      expect(contactJsonText(contact, undefined, TYPE)).toBe(JSON.stringify(renderContact(contact, undefined, TYPE)));
      expect(contactJsonText(contact)).toBe(JSON.stringify(renderContact(contact)));
    }
  });

  it('writes every contact property, unset ones as null, [] or {}', () => {
    const empty = plain({});
    const parsed = JSON.parse(contactJsonText(empty, undefined, TYPE)) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(['@odata.type', ...Object.keys(renderContact(empty))]);
    expect(Object.keys(parsed)).toHaveLength(2 + SELECTABLE.size);
    for (const [name, kind] of CONTACT_PROPERTIES) expect(parsed[name]).toEqual(kind === 'strings' || kind === 'emails' ? [] : kind === 'address' ? {} : null);
  });

  it('keeps the escaped text of awkward values', () => {
    const parsed = JSON.parse(contactJsonText(contacts.at(-1) as StoredContact)) as Record<string, unknown>;
    expect(parsed.personalNotes).toBe(AWKWARD[2]);
    expect(parsed.categories).toEqual(AWKWARD);
    expect(parsed.givenName).toBe('say "hi"');
  });

  it('honours $select as renderContact does', () => {
    const select = new Set(['displayName', 'emailAddresses']);
    for (const contact of contacts.slice(0, 40)) {
      expect(contactJsonText(contact, select, TYPE)).toBe(JSON.stringify(renderContact(contact, select, TYPE)));
      expect(contactJsonText(contact, SELECTABLE, TYPE)).toBe(JSON.stringify(renderContact(contact, undefined, TYPE)));
    }
  });
});
