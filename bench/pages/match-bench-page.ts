// A benchmark page run in Chromium by bench/match-recipients.bench.ts: seeds a real IndexedDB mirror (Dexie
// adapter) with generated contacts, then times the message-matching use case on a message with many recipients.
import { DexieMirrorStore } from '../../src/adapters/dexie/dexie-mirror-store.js';
import type { ContactFields, GraphId } from '../../src/core/contact/contact.js';
import { localIdForGraph } from '../../src/core/sync/mirror-contact.js';
import type { MirrorContact } from '../../src/core/sync/mirror-contact.js';
import { matchHeaders } from '../../src/engine/match-participants.js';
import { OpenItemMatcher } from '../../src/engine/match-open-item.js';
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
  /** Matching with the in-memory match index built (the pane builds it right after it opens). */
  readonly medianMs: number;
  /** Matching on a store whose index is not built yet: IndexedDB lookups. */
  readonly coldMedianMs: number;
  /** Matching plus reading the whole rows of the contacts shown (what the message view waits for). */
  readonly withCardsMedianMs: number;
  /** Building the match index from the mirror. */
  readonly indexBuildMs: number;
  /** The JavaScript heap the built index holds (after a full garbage collection each side). */
  readonly indexHeapMB: number;
  readonly runs: number;
  readonly statuses: Record<string, number>;
  readonly seedMs: number;
}

/** Live heap after a full collection (Chromium started with --expose-gc and precise memory info). */
function usedHeap(): number {
  const page = globalThis as unknown as { gc?: () => void; performance: { memory?: { usedJSHeapSize: number } } };
  page.gc?.();
  return page.performance.memory?.usedJSHeapSize ?? Number.NaN;
}

const median = (times: number[]): number => {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

async function timed(runs: number, once: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs + 3; i += 1) {
    const started = performance.now();
    await once();
    if (i >= 3) times.push(performance.now() - started);
  }
  return median(times);
}

async function run(count: number, runs: number): Promise<MatchBenchResult> {
  const name = `contact-bridge-bench-match-${count}`;
  const store = new DexieMirrorStore(name);
  const seedStarted = performance.now();
  if ((await store.listContacts({ limit: count + 1 })).length !== count) await seed(store, count);
  const seedMs = performance.now() - seedStarted;
  const [from, ...rest] = recipients(count);
  const headers = { from, to: rest.slice(0, 30), cc: rest.slice(30) };
  const own = ['me@contoso.example'];
  const coldTimes: number[] = [];
  for (let i = 0; i < Math.min(runs, 10) + 1; i += 1) {
    const cold = new DexieMirrorStore(name);
    await cold.getSetting('bench');
    const started = performance.now();
    await matchHeaders(cold, headers, own);
    if (i > 0) coldTimes.push(performance.now() - started);
    await cold.close();
  }
  const heapBefore = usedHeap();
  const buildStarted = performance.now();
  await store.warmMatchIndex();
  const indexBuildMs = performance.now() - buildStarted;
  const indexHeapMB = (usedHeap() - heapBefore) / 1_048_576;
  const statuses: Record<string, number> = {};
  for (const match of await matchHeaders(store, headers, own)) statuses[match.status] = (statuses[match.status] ?? 0) + 1;
  const medianMs = await timed(runs, () => matchHeaders(store, headers, own));
  const matcher = new OpenItemMatcher(store, () => own);
  const item = { key: 'bench', mode: 'read' as const, subject: 'Bench', from, to: headers.to, cc: headers.cc };
  const withCardsMedianMs = await timed(runs, () => matcher.match(item));
  if (store.matchIndexState !== 'ready') throw new Error(`the match index is ${store.matchIndexState}, not ready`);
  await store.close();
  return { medianMs, coldMedianMs: median(coldTimes), withCardsMedianMs, indexBuildMs, indexHeapMB, runs, statuses, seedMs };
}

Object.assign(window, { __matchBench: { run } });
