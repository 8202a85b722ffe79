// Builds the demo mailboxes: the signed-in user's contacts (20 fixed anchors, then generated ones) spread over
// the default folder and nested folders, master categories, and a second user's shared "Team directory" with photos.
import type { EmulatorState } from '../store/emulator-state.js';
import { createRng } from '../store/ids.js';
import type { Mailbox } from '../store/mailbox.js';
import { ANCHOR_COUNT, anchorContacts } from './anchor-contacts.js';
import { seedContactProps } from './seed-contacts.js';
import { seedPhoto } from './seed-photo.js';

export interface SeedOptions {
  /** Contacts in the signed-in user's mailbox. */
  readonly contactCount: number;
  readonly rng: number;
}

/** Seeded items are dated from here on, one minute apart, so timestamps are stable too. */
const SEED_EPOCH_MS = Date.UTC(2024, 0, 15, 9, 0, 0);

const DEFAULT_CATEGORIES = [
  { displayName: 'Clients', color: 'preset0' },
  { displayName: 'Family', color: 'preset4' },
  { displayName: 'VIP', color: 'preset7' },
  { displayName: 'Suppliers', color: 'preset3' },
  { displayName: 'Press', color: 'preset9' },
  { displayName: 'Friends', color: 'preset5' },
];

function seedCategories(mailbox: Mailbox): void {
  mailbox.categories = DEFAULT_CATEGORIES.map((c) => ({ id: mailbox.newCategoryId(), ...c }));
}

function seedPrimary(mailbox: Mailbox, options: SeedOptions): void {
  const rng = createRng(options.rng);
  seedCategories(mailbox);
  const work = mailbox.createFolder(mailbox.defaultFolderId, 'Work');
  const clients = mailbox.createFolder(work.id, 'Clients');
  const keyAccounts = mailbox.createFolder(clients.id, 'Key accounts');
  const family = mailbox.createFolder(mailbox.defaultFolderId, 'Family');
  const suppliers = mailbox.createFolder(mailbox.defaultFolderId, 'Suppliers');
  const spread = [
    { id: mailbox.defaultFolderId, share: 0.7 },
    { id: clients.id, share: 0.1 },
    { id: keyAccounts.id, share: 0.05 },
    { id: family.id, share: 0.08 },
    { id: suppliers.id, share: 0.07 },
  ];
  const anchors = anchorContacts();
  // Each contact has its own random stream, so its properties can be built lazily, in any order.
  const build = (i: number) => seedContactProps(createRng((Math.imul(options.rng, 0x9e3779b1) ^ i) >>> 0), i);
  for (let i = 0; i < options.contactCount; i += 1) {
    const at = SEED_EPOCH_MS + i * 60_000;
    if (i < ANCHOR_COUNT) {
      const contact = mailbox.createContact(mailbox.defaultFolderId, anchors[i] ?? {}, at);
      if (i % 3 === 0) contact.photo = seedPhoto(i);
      continue;
    }
    let roll = rng();
    const folder = spread.find((f) => (roll -= f.share) < 0) ?? spread[0];
    mailbox.createSeededContact(folder?.id ?? mailbox.defaultFolderId, build, i, at);
  }
}

function seedShared(mailbox: Mailbox, options: SeedOptions): void {
  const rng = createRng(options.rng + 1);
  seedCategories(mailbox);
  const team = mailbox.createFolder(mailbox.defaultFolderId, 'Team directory');
  for (let i = 0; i < 12; i += 1) {
    const contact = mailbox.createContact(team.id, seedContactProps(rng, 1_000 + i), SEED_EPOCH_MS + i * 60_000);
    contact.photo = seedPhoto(i);
  }
}

/** Fills `state` with the demo mailboxes (empties them first). */
export function seedState(state: EmulatorState, options: SeedOptions): void {
  state.mailboxes.clear();
  const [primary, shared] = state.users;
  if (primary) seedPrimary(state.mailboxOf(primary.id), options);
  if (shared) seedShared(state.mailboxOf(shared.id), options);
}
