// A benchmark page run in Chromium by bench/match-recipients.bench.ts: seeds a real IndexedDB mirror (Dexie
// adapter) with generated contacts, then times the message-matching use case on a message with many recipients.
import { DexieMirrorStore } from '../../src/adapters/dexie/dexie-mirror-store.js';
import type { ContactFields, GraphId } from '../../src/core/contact/contact.js';
import { localIdForGraph } from '../../src/core/sync/mirror-contact.js';
import type { MirrorContact } from '../../src/core/sync/mirror-contact.js';
import { matchHeaders } from '../../src/engine/match-participants.js';
import type { MailboxAddress } from '../../src/ports/mailbox-host.js';

const FOLDER = 'bench-folder' as GraphId;
const GIVEN = ['John', 'Maria', 'Wei', 'Aarav', 'Olivia', 'Hugo', 'Léa', 'Klaus', 'Yuki', 'Fatima', 'Liam', 'Sofia', 'Noah', 'Emma', 'Ivan', 'Ana'];
const SURNAMES = ['Doe', 'García', 'Li', 'Patel', 'Brown', 'Martin', 'Dubois', 'Fischer', 'Tanaka', 'Hassan', 'Smith', 'Rossi', 'Kim', 'Silva', 'Novak', 'Berg'];
const DOMAINS = Array.from({ length: 400 }, (_, i) => `company${i}.example`);

/** Contact `i` of the generated mirror: deterministic, with a few second addresses and shared domains. */
export function benchContact(i: number): ContactFields {
  const given = GIVEN[i % GIVEN.length] ?? 'Ann';
  const surname = `${SURNAMES[Math.floor(i / GIVEN.length) % SURNAMES.length] ?? 'Lee'}${i}`;
  const domain = DOMAINS[i % DOMAINS.length] ?? 'x.example';
  const first = { address: `${given.toLowerCase()}.${surname.toLowerCase()}@${domain}`, name: `${given} ${surname}` };
  const emails = i % 5 === 0 ? [first, { address: `p${i}@gmail.com` }] : [first];
  return { givenName: given, surname, displayName: `${given} ${surname}`, emailAddresses: emails, companyName: domain, businessPhones: [`+1 206 555 ${String(i % 10_000).padStart(4, '0')}`] };
}

async function seed(store: DexieMirrorStore, count: number): Promise<void> {
  await store.applyFolderPlan({ upserts: [{ id: FOLDER, displayName: 'Contacts', isDefault: true, mailbox: 'me', readOnly: false }], removed: [] });
  const chunk = 1000;
  for (let start = 0; start < count; start += chunk) {
    const rows: MirrorContact[] = [];
    for (let i = start; i < Math.min(count, start + chunk); i += 1) {
      const fields = benchContact(i);
      rows.push({ localId: localIdForGraph(`g${i}` as GraphId), graphId: `g${i}` as GraphId, folderId: FOLDER, fields, base: { changeKey: 'ck', fields, lastModifiedDateTime: '2026-01-01T00:00:00Z' } });
    }
    await store.applyPullPage(FOLDER, { localIds: [], graphIds: [], plan: () => rows.map((contact) => ({ kind: 'upsert' as const, contact })) }, { folderId: FOLDER });
  }
}

/** 50 recipients: known addresses, plus-tagged variants, same names elsewhere, colleagues and strangers. */
function recipients(count: number): MailboxAddress[] {
  return Array.from({ length: 50 }, (_, r) => {
    const i = (r * 197) % count;
    const contact = benchContact(i);
    const address = contact.emailAddresses?.[0]?.address ?? 'x@y.example';
    const name = contact.displayName ?? '';
    switch (r % 5) {
      case 0:
      case 1:
        return { displayName: name, emailAddress: address.toUpperCase() };
      case 2:
        return { displayName: name, emailAddress: address.replace('@', '+news@') };
      case 3:
        return { displayName: name, emailAddress: `someone${r}@elsewhere${r}.example` };
      default:
        return { displayName: `Stranger ${r}`, emailAddress: `new${r}@stranger${r}.example` };
    }
  });
}

export interface MatchBenchResult {
  readonly medianMs: number;
  readonly runs: number;
  readonly statuses: Record<string, number>;
  readonly seedMs: number;
}

async function run(count: number, runs: number): Promise<MatchBenchResult> {
  const name = `contact-bridge-bench-match-${count}`;
  const store = new DexieMirrorStore(name);
  const seedStarted = performance.now();
  if ((await store.listContacts({ limit: count + 1 })).length !== count) await seed(store, count);
  const seedMs = performance.now() - seedStarted;
  const [from, ...rest] = recipients(count);
  const headers = { from, to: rest.slice(0, 30), cc: rest.slice(30) };
  const statuses: Record<string, number> = {};
  const times: number[] = [];
  for (let i = 0; i < runs + 3; i += 1) {
    const started = performance.now();
    const matches = await matchHeaders(store, headers, ['me@contoso.example']);
    const elapsed = performance.now() - started;
    if (i >= 3) times.push(elapsed);
    if (i === 0) for (const match of matches) statuses[match.status] = (statuses[match.status] ?? 0) + 1;
  }
  await store.close();
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)] ?? Number.NaN, runs, statuses, seedMs };
}

Object.assign(window, { __matchBench: { run } });
