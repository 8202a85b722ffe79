import { describe, expect, it } from 'vitest';
import { KNOWN_SENDER_ADDRESSES } from '../seed/anchor-contacts.js';
import { DEMO_MESSAGES } from '../seed/demo-messages.js';
import { DEMO_USERS } from '../seed/demo-users.js';
import { seedState } from '../seed/seed-state.js';
import { EmulatorState } from '../store/emulator-state.js';
import type { StoredContact } from '../store/records.js';
import { startEmulator } from '../server.js';

const build = (contactCount: number, rng: number): EmulatorState => {
  const state = new EmulatorState(DEMO_USERS, () => Date.UTC(2026, 0, 1));
  seedState(state, { contactCount, rng });
  return state;
};
const contactsOf = (state: EmulatorState): StoredContact[] => [...state.mailboxOf(DEMO_USERS[0]?.id ?? '').contacts.values()];
const addresses = (c: StoredContact): string[] => ((c.props.emailAddresses as { address: string }[] | undefined) ?? []).map((e) => e.address.toLowerCase());

describe('seeded mailbox', () => {
  it('is identical for the same seed and rng, and differs for another rng', () => {
    const [a, b, c] = [build(300, 7), build(300, 7), build(300, 8)];
    expect(JSON.stringify(a.snapshot())).toBe(JSON.stringify(b.snapshot()));
    expect(JSON.stringify(a.snapshot())).not.toBe(JSON.stringify(c.snapshot()));
  });

  it('holds exactly the requested number of contacts, in nested folders', () => {
    const state = build(500, 1);
    const mailbox = state.mailboxOf(DEMO_USERS[0]?.id ?? '');
    expect(mailbox.contacts.size).toBe(500);
    const folders = [...mailbox.folders.values()];
    const keyAccounts = folders.find((f) => f.displayName === 'Key accounts');
    const clients = folders.find((f) => f.id === keyAccounts?.parentFolderId);
    expect(clients?.displayName).toBe('Clients');
    expect(new Set(contactsOf(state).map((c) => c.folderId)).size).toBeGreaterThanOrEqual(4);
  });

  it('writes names in several scripts, 1–3 e-mails, phones, birthdays, notes and categories', () => {
    const contacts = contactsOf(build(400, 3));
    const names = contacts.map((c) => String(c.props.displayName));
    expect(names.some((n) => /[\u4e00-\u9fff]/.test(n))).toBe(true);
    expect(names.some((n) => /[\u0400-\u04ff]/.test(n))).toBe(true);
    expect(names.some((n) => /[\u0600-\u06ff]/.test(n))).toBe(true);
    expect(names.some((n) => /[À-ž]/.test(n))).toBe(true);
    const emailCounts = new Set(contacts.map((c) => addresses(c).length));
    expect([...emailCounts].sort()).toEqual([1, 2, 3]);
    expect(contacts.some((c) => typeof c.props.birthday === 'string')).toBe(true);
    expect(contacts.some((c) => typeof c.props.personalNotes === 'string')).toBe(true);
    expect(contacts.some((c) => (c.props.categories as string[]).length > 0)).toBe(true);
    expect(contacts.some((c) => c.photo)).toBe(true);
  });

  it('shares a folder with photos from the second user', () => {
    const shared = [...build(20, 1).mailboxOf(DEMO_USERS[1]?.id ?? '').contacts.values()];
    expect(shared.length).toBeGreaterThan(5);
    expect(shared.every((c) => c.photo?.contentType === 'image/png')).toBe(true);
  });
});

describe('demo mailbox messages', () => {
  const participants = DEMO_MESSAGES.flatMap((m) => [m.from, ...m.to, ...m.cc]);

  it('has at least ten messages, one with 50 recipients', () => {
    expect(DEMO_MESSAGES.length).toBeGreaterThanOrEqual(10);
    expect(DEMO_MESSAGES.some((m) => m.to.length + m.cc.length === 50)).toBe(true);
  });

  it('has tricky display names, a sender without one, and plain and HTML bodies', () => {
    const names = participants.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Doe, John', 'María José García-López', '李雷']));
    expect(names.some((n) => n.startsWith('"') && n.endsWith('"'))).toBe(true);
    expect(DEMO_MESSAGES.some((m) => m.from.name === '')).toBe(true);
    expect(new Set(DEMO_MESSAGES.map((m) => m.body.contentType))).toEqual(new Set(['text', 'html']));
  });

  it('has senders who are contacts for every seed of 20 or more, and senders who are not', () => {
    for (const rng of [1, 2, 99]) {
      const known = new Set(contactsOf(build(20, rng)).flatMap(addresses));
      const senders = DEMO_MESSAGES.map((m) => m.from.address.toLowerCase());
      expect(senders.filter((s) => known.has(s)).length).toBeGreaterThanOrEqual(4);
      expect(senders.filter((s) => !known.has(s)).length).toBeGreaterThanOrEqual(4);
    }
    expect(KNOWN_SENDER_ADDRESSES).toContain('john.doe@fabrikam.example');
  });

  it('has a message from a colleague in the user\'s domain who is a demo user but not a contact, for every seed', () => {
    const domainOf = (address: string) => address.toLowerCase().split('@')[1];
    const colleagues = new Set(DEMO_USERS.slice(1).map((u) => u.mail.toLowerCase()));
    const senders = DEMO_MESSAGES.map((m) => m.from.address.toLowerCase());
    const fromColleagues = senders.filter((s) => colleagues.has(s) && domainOf(s) === domainOf(DEMO_USERS[0]?.mail ?? ''));
    expect(fromColleagues).toEqual(['ravi.menon@contoso.example']);
    for (const rng of [1, 2, 99]) {
      const known = new Set(contactsOf(build(300, rng)).flatMap(addresses));
      expect(fromColleagues.filter((s) => known.has(s))).toEqual([]);
    }
  });

  it('serves the messages with the documented fields at /_emulator/mailbox/messages', async () => {
    const emulator = await startEmulator({ seed: 20 });
    try {
      const response = await fetch(`${emulator.url}/_emulator/mailbox/messages`, { headers: { origin: 'https://localhost:3000' } });
      expect(response.headers.get('access-control-allow-origin')).toBe('https://localhost:3000');
      const { value } = (await response.json()) as { value: Record<string, unknown>[] };
      expect(Object.keys(value[0] ?? {}).sort()).toEqual(['body', 'cc', 'from', 'id', 'receivedDateTime', 'subject', 'to']);
    } finally {
      await emulator.close();
    }
  });
});
