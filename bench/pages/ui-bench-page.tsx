// The UI bench page, run in Chromium by bench/ui.bench.ts: the real Contacts view (production build, its CSS and
// theme tokens) over a real IndexedDB mirror through the Dexie adapter, seeded with generated contacts. It times
// the first rows painted after the view mounts, search as you type until the list shows each keystroke's result,
// and finding the duplicates of the whole mirror.
import { render } from 'preact';
import { DexieMirrorStore } from '../../src/adapters/dexie/dexie-mirror-store.js';
import type { ContactFields, GraphId } from '../../src/core/contact/contact.js';
import { localIdForGraph, type MirrorContact } from '../../src/core/sync/mirror-contact.js';
import { groupByKeys } from '../../src/core/duplicates/find-duplicates.js';
import { findDuplicateGroups } from '../../src/engine/find-duplicate-groups.js';
import '../../src/ui/theme/tokens.css';
import { ContactsMirrorContext } from '../../src/ui/views/contacts/contacts-mirror.js';
import { ContactsView } from '../../src/ui/views/contacts/contacts-view.js';
import { searchTextOf } from '../../src/ui/views/contacts/search-text.js';
import { BenchContactsMirror } from './ui-bench-contacts-mirror.js';

const FOLDER = 'bench-folder' as GraphId;
const GIVEN = ['John', 'Maria', 'Wei', 'Aarav', 'Olivia', 'Hugo', 'Léa', 'Klaus', 'Yuki', 'Fatima', 'Liam', 'Sofia', 'Noah', 'Emma', 'Ivan', 'Ana'];
const SURNAMES = ['Doe', 'García', 'Li', 'Patel', 'Brown', 'Martin', 'Dubois', 'Fischer', 'Tanaka', 'Hassan', 'Smith', 'Rossi', 'Kim', 'Silva', 'Novak', 'Berg'];
/** Every 50th contact repeats the one before it under another name: one in fifty is a duplicate. */
const DUPLICATE_EVERY = 50;

/** Contact `i`: deterministic, every one with its own address and phones, a company shared by a few hundred. */
function benchContact(i: number): ContactFields {
  const source = i % DUPLICATE_EVERY === DUPLICATE_EVERY - 1 ? i - 1 : i;
  const given = GIVEN[i % GIVEN.length] ?? 'Ann';
  const surname = `${SURNAMES[Math.floor(i / GIVEN.length) % SURNAMES.length] ?? 'Lee'}${i}`;
  return {
    givenName: given,
    surname,
    displayName: `${given} ${surname}`,
    emailAddresses: [{ address: `person${source}@company${source % 400}.example` }],
    companyName: `Company ${i % 400}`,
    businessPhones: [`+1 206 ${String(200 + (source % 700)).padStart(3, '0')} ${String(source % 10_000).padStart(4, '0')}`],
    mobilePhone: `+44 7700 ${String(source).padStart(6, '0')}`,
  };
}

async function seed(store: DexieMirrorStore, count: number): Promise<void> {
  await store.applyFolderPlan({ upserts: [{ id: FOLDER, displayName: 'Contacts', isDefault: true, mailbox: 'me', readOnly: false }], removed: [] });
  const chunk = 2000;
  for (let start = 0; start < count; start += chunk) {
    const rows: MirrorContact[] = [];
    for (let i = start; i < Math.min(count, start + chunk); i += 1) {
      const fields = benchContact(i);
      const id = `g${i}` as GraphId;
      rows.push({ localId: localIdForGraph(id), graphId: id, folderId: FOLDER, fields, base: { changeKey: 'ck', fields, lastModifiedDateTime: '2026-01-01T00:00:00Z' } });
    }
    await store.applyPullPage(FOLDER, { localIds: [], graphIds: [], plan: () => rows.map((contact) => ({ kind: 'upsert' as const, contact })) }, { folderId: FOLDER });
  }
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/** Resolves once `ready` holds after a DOM change, at the next frame (the rows painted). */
function whenShown(root: HTMLElement, ready: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const done = () => requestAnimationFrame(() => resolve());
    if (ready()) return done();
    const observer = new MutationObserver(() => {
      if (!ready()) return;
      observer.disconnect();
      done();
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
  });
}

/**
 * Resolves at the frame after the view has rendered the rows the mirror handed it for `text` and `ready` holds
 * (a keystroke whose matches begin as the last one's changes no row, so the DOM alone cannot tell).
 */
function whenDelivered(mirror: BenchContactsMirror, text: string, ready: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    mirror.onDelivered = () =>
      // The view renders what it was handed in a microtask; a task later its DOM is current.
      setTimeout(() => {
        if (mirror.lastText !== text || !ready()) return;
        mirror.onDelivered = undefined;
        requestAnimationFrame(() => resolve());
      }, 0);
  });
}

let store: DexieMirrorStore | undefined;
const root = document.getElementById('root') as HTMLElement;
const firstName = () => root.querySelector('.contact-list__name')?.textContent ?? undefined;

function mount(mirror: BenchContactsMirror): void {
  const source = { current: () => mirror, subscribe: () => () => undefined };
  render(
    <ContactsMirrorContext.Provider value={source}>
      <ContactsView searchDelayMs={0} />
    </ContactsMirrorContext.Provider>,
    root,
  );
}

async function open(count: number): Promise<DexieMirrorStore> {
  await store?.close();
  render(null, root);
  store = new DexieMirrorStore(`ui-bench-${count}`);
  if ((await store.countContacts({})) !== count) await seed(store, count);
  return store;
}

/** Milliseconds from mounting the Contacts view to its first rows painted, one figure per run. */
async function firstPaint(count: number, runs: number): Promise<number[]> {
  const mirror = new BenchContactsMirror(await open(count));
  const times: number[] = [];
  for (let run = 0; run < runs + 1; run += 1) {
    render(null, root);
    const started = performance.now();
    mount(mirror);
    await whenShown(root, () => firstName() !== undefined);
    if (run > 0) times.push(performance.now() - started);
  }
  return times;
}

/** Milliseconds per keystroke of `words`, typed letter by letter, until the list's first row is that prefix's first match. */
async function searchAsYouType(count: number, words: readonly string[]): Promise<number[]> {
  const opened = await open(count);
  const mirror = new BenchContactsMirror(opened);
  mount(mirror);
  await whenShown(root, () => firstName() !== undefined);
  const input = root.querySelector<HTMLInputElement>('#contacts-search') as HTMLInputElement;
  const times: number[] = [];
  for (const word of words) {
    for (let length = 1; length <= word.length; length += 1) {
      const prefix = word.slice(0, length);
      const expected = (await opened.listContacts({ text: prefix.toLowerCase(), limit: 1 }))[0]?.fields.displayName;
      const shown = whenDelivered(mirror, searchTextOf(prefix), () => firstName() === expected);
      const started = performance.now();
      input.value = prefix;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await shown;
      times.push(performance.now() - started);
    }
    const cleared = whenDelivered(mirror, '', () => firstName() !== undefined);
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await cleared;
  }
  return times;
}

/** Milliseconds to find the duplicates of the whole mirror (keys read from IndexedDB, grouped, the groups' contacts read), one per run, and the groups found. */
async function duplicates(count: number, runs: number): Promise<{ times: number[]; groups: number; readMs: number; groupMs: number }> {
  const opened = await open(count);
  const times: number[] = [];
  let groups = 0;
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    groups = (await findDuplicateGroups(opened)).length;
    times.push(performance.now() - started);
  }
  // The parts of one run: reading the duplicate keys, and grouping them in memory.
  const readStarted = performance.now();
  const rows = await opened.listDuplicateKeys();
  const readMs = performance.now() - readStarted;
  const groupStarted = performance.now();
  groupByKeys(rows);
  return { times, groups, readMs, groupMs: performance.now() - groupStarted };
}

Object.assign(window, { __uiBench: { firstPaint, searchAsYouType, duplicates, median } });
