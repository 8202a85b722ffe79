// The convergence model run shared by every store/remote pairing: random local edits, server edits, deletes
// on both sides, faults and syncs; after a quiet sync the mirror must equal the server, with no duplicate and
// every acknowledged local edit on the server or in the conflict log (vdirsyncer's SyncMachine, as fast-check commands).
import fc from 'fast-check';
import type { ClientId, ContactFieldName, ContactFields, GraphId } from '../../src/core/contact/contact.js';
import { equalValues } from '../../src/core/contact/equal-fields.js';
import { RemoteError, StoreError } from '../../src/core/errors.js';
import type { LocalId } from '../../src/core/sync/mirror-contact.js';
import { createContact, deleteContact, editContact } from '../../src/engine/local-edits.js';
import { pullContacts } from '../../src/engine/pull-contacts.js';
import { syncOnce } from '../../src/engine/sync-once.js';
import type { SyncDeps } from '../../src/engine/sync-once.js';
import type { LocalStore } from '../contracts/mirror-store.contract.js';

/** What the model needs from the world under test; the remote side is edited directly (or via a control API). */
export interface ConvergenceWorld {
  readonly store: LocalStore;
  readonly deps: SyncDeps;
  readonly now: () => number;
  tick(): Promise<void>;
  readonly server: {
    contacts(): Promise<readonly { readonly id: GraphId; readonly clientId?: ClientId; readonly fields: ContactFields }[]>;
    create(fields: ContactFields): Promise<void>;
    update(id: GraphId, changes: Partial<ContactFields>): Promise<void>;
    remove(id: GraphId): Promise<void>;
    throttle(times: number): Promise<void>;
    expireTokens(): Promise<void>;
    loseWriteResponse(): Promise<void>;
    /** The next delta page's connection drops mid-answer. */
    dropNextDeltaPage(): Promise<void>;
    /** Access tokens issued so far stop working (the client must refresh once). */
    expireAccessTokens(): Promise<void>;
    quiet(): Promise<void>;
  };
}

/** An edit the user made and the app acknowledged: it must reach the server or the conflict log. */
interface Expectation {
  readonly localId: LocalId;
  readonly field: ContactFieldName | '*deleted' | '*created';
  readonly value: unknown;
  /** For a field edit: the value before the first edit not yet settled. */
  readonly from?: unknown;
}

export interface Model {
  readonly open: Map<string, Expectation>;
}

type Cmd = fc.AsyncCommand<Model, ConvergenceWorld>;
const FIELDS = ['jobTitle', 'categories', 'emailAddresses'] as const;
const valueOf = (field: (typeof FIELDS)[number] | 'displayName', pick: number): unknown => {
  const options = { displayName: ['Ann', 'Bob', 'Cy'], jobTitle: ['Poet', 'Pilot', undefined], categories: [['x'], ['x', 'y'], []], emailAddresses: [[{ address: 'a@x.org' }], [{ address: 'b@x.org' }], []] }[field];
  return options[pick % options.length];
};

export function command(name: string, run: (model: Model, world: ConvergenceWorld) => Promise<void>): Cmd {
  return { check: () => true, run: async (model, world) => { await world.tick(); await run(model, world); }, toString: () => name };
}

function expect(model: Model, expectation: Expectation): void {
  model.open.set(`${expectation.localId}|${expectation.field}`, expectation);
}

const pick = fc.nat(50);
const fieldArb = fc.constantFrom(...FIELDS);

const SYNC = fc.constant(command('sync', (model, world) => tolerate(syncOnce(world.deps)).then(() => settle(model, world))));

/** The user edits one field of the `at`-th contact in `store` (a pane's connection); the model expects it delivered. */
export async function applyLocalEdit(model: Model, store: LocalStore, now: number, at: number, field: (typeof FIELDS)[number], value: number): Promise<void> {
  const rows = await store.listContacts();
  const row = rows[at % Math.max(rows.length, 1)];
  if (row === undefined) return;
  const next = { ...row.fields, [field]: valueOf(field, value) } as ContactFields;
  if (!(await editContact(store, row.localId, next, now))) return;
  // Editing a field back to the value it had before its unsettled edits is no change to deliver.
  const key = `${row.localId}|${field}`;
  const previous = model.open.get(key);
  const from = previous !== undefined ? previous.from : row.fields[field];
  if (equalValues(from, next[field])) model.open.delete(key);
  else model.open.set(key, { localId: row.localId, field, value: next[field], from });
}

export const localEditArb = fc.tuple(pick, fieldArb, pick);

const LOCAL_EDIT = localEditArb.map(([at, field, value]) =>
    command(`localEdit(${at},${field},${value})`, (model, world) => applyLocalEdit(model, world.store, world.now(), at, field, value)),
  );
const REMOTE_EDIT = fc.tuple(pick, fieldArb, pick).map(([at, field, value]) =>
    command(`remoteEdit(${at},${field},${value})`, async (_m, world) => {
      const all = await world.server.contacts();
      const target = all[at % Math.max(all.length, 1)];
      if (target !== undefined) await world.server.update(target.id, { [field]: valueOf(field, value) });
    }),
  );

/** Local and server edits and syncs are listed twice: they are what makes interleavings interesting. */
export const COMMANDS: fc.Arbitrary<Cmd>[] = [
  SYNC,
  fc.tuple(pick, pick).map(([name, n]) =>
    command(`localCreate(${name})`, async (model, world) => {
      const fields = { displayName: String(valueOf('displayName', name)), jobTitle: `J${n}` };
      const folderId = (await world.store.listFolders()).find((f) => f.isDefault)?.id;
      if (folderId === undefined) return;
      const localId = await createContact(world.store, { clientId: `m-${world.now()}-${n}` as ClientId, folderId, fields, now: world.now() });
      expect(model, { localId, field: '*created', value: true });
      expect(model, { localId, field: 'jobTitle', value: fields.jobTitle });
    }),
  ),
  LOCAL_EDIT,
  LOCAL_EDIT,
  pick.map((at) =>
    command(`localDelete(${at})`, async (model, world) => {
      const rows = await world.store.listContacts();
      const row = rows[at % Math.max(rows.length, 1)];
      if (row === undefined || !(await deleteContact(world.store, row.localId, world.now()))) return;
      // The user's own delete supersedes their earlier edits of the contact.
      for (const [key, open] of model.open) if (open.localId === row.localId) model.open.delete(key);
      expect(model, { localId: row.localId, field: '*deleted', value: true });
    }),
  ),
  pick.map((n) => command(`remoteCreate(${n})`, (_m, world) => world.server.create({ displayName: String(valueOf('displayName', n)), jobTitle: `R${n}` }))),
  REMOTE_EDIT,
  REMOTE_EDIT,
  pick.map((at) =>
    command(`remoteDelete(${at})`, async (_m, world) => {
      const all = await world.server.contacts();
      const target = all[at % Math.max(all.length, 1)];
      if (target !== undefined) await world.server.remove(target.id);
    }),
  ),
  SYNC,
  fc.integer({ min: 1, max: 6 }).map((n) => command(`throttleStorm(${n})`, (_m, world) => world.server.throttle(n))),
  fc.constant(command('expireDeltaTokens', (_m, world) => world.server.expireTokens())),
  fc.constant(command('loseNextWriteResponse', (_m, world) => world.server.loseWriteResponse())),
  fc.constant(command('dropNextDeltaPage', (_m, world) => world.server.dropNextDeltaPage())),
  fc.constant(command('expireAccessTokens', (_m, world) => world.server.expireAccessTokens())),
  fc.integer({ min: 1, max: 3 }).map((pages) =>
    command(`crashAfterPage(${pages})`, async (model, world) => {
      let seen = 0;
      const crashing = { ...world.deps, onProgress: (): void => { if (++seen >= pages) throw new CrashError(); } };
      await tolerate(pullContacts(crashing));
      // The pages applied before the crash may show the server holding a local edit's value already (the same
      // edit made on both sides): that edit is delivered, whatever later happens to the contact on the server.
      await settle(model, world);
    }),
  ),
];

/** A run the test abandons on purpose (the pane stopped); tolerated like the faults it injects. */
export class CrashError extends Error {}

/** Faults we inject are expected to fail a run; anything else is a bug and fails the property. */
export async function tolerate(run: Promise<unknown>): Promise<void> {
  try {
    await run;
  } catch (error) {
    if (!(error instanceof RemoteError || error instanceof CrashError || error instanceof StoreError)) throw error;
  }
}

/** Closes the expectations the server or the conflict log now satisfies. */
export async function settle(model: Model, world: ConvergenceWorld): Promise<void> {
  const server = await world.server.contacts();
  const conflicts = await world.store.listConflicts();
  const rows = new Map((await world.store.allRows()).map((row) => [row.localId, row]));
  for (const [key, expectation] of model.open) {
    const row = rows.get(expectation.localId);
    // A row pulled while its own create was unacknowledged (a lost answer) is merged into the create's row when the
    // retried create finds the contact on the server: the edit made on it is then the server contact's named in its id.
    const graphId = row?.graphId ?? (expectation.localId.startsWith('g:') ? expectation.localId.slice(2) : undefined);
    const clientId = expectation.localId.startsWith('c:') ? expectation.localId.slice(2) : undefined;
    const onServer = server.find((c) => c.id === graphId || (clientId !== undefined && c.clientId === clientId));
    const logged = conflicts.some((c) => c.localId === expectation.localId && (c.field === undefined || (c.field === expectation.field && equalValues(c.lost, expectation.value))));
    const reached =
      expectation.field === '*deleted' ? onServer === undefined && row === undefined
      : expectation.field === '*created' ? onServer !== undefined || (row === undefined && logged)
      : onServer !== undefined && equalValues(onServer.fields[expectation.field], expectation.value);
    if (reached || logged) model.open.delete(key);
  }
}

/** Runs syncs on a quiet network until the outbox is empty, then checks convergence. Throws a described failure. */
export async function quietSyncAndCheck(model: Model, world: ConvergenceWorld): Promise<void> {
  await world.server.quiet();
  for (let i = 0; i < 4; i += 1) {
    await syncOnce(world.deps);
    if ((await world.store.countPending()) === 0) break;
  }
  await syncOnce(world.deps);
  await settle(model, world);
  const server = await world.server.contacts();
  const rows = await world.store.allRows();
  const problems: string[] = [];
  if ((await world.store.countPending()) > 0) problems.push('the outbox is not empty');
  const clientIds = server.flatMap((c) => (c.clientId ? [c.clientId] : []));
  if (new Set(clientIds).size !== clientIds.length) problems.push(`duplicate creates on the server: ${clientIds.join(',')}`);
  if (rows.length !== server.length) problems.push(`mirror has ${rows.length} rows, server ${server.length} contacts: ${JSON.stringify(rows.map((r) => [r.localId, r.graphId, r.fields.displayName, r.deleted]))} vs ${JSON.stringify(server.map((c) => [c.id, c.clientId, c.fields.displayName]))}`);
  for (const contact of server) {
    const row = rows.find((r) => r.graphId === contact.id);
    if (row === undefined) problems.push(`server contact ${contact.id} missing from the mirror`);
    else if (!equalValues(row.fields, contact.fields) || row.deleted === true) problems.push(`mirror differs for ${contact.id}: ${JSON.stringify(row.fields)} vs ${JSON.stringify(contact.fields)}`);
  }
  for (const expectation of model.open.values()) problems.push(`lost local change ${JSON.stringify(expectation)}`);
  if (problems.length > 0) throw new Error(problems.join('\n'));
}

/**
 * fast-check's parameters: the run count from `runsVariable` (else `defaultRuns`), the seed and path to replay.
 * `fixedSeed` gives the default-sized run (the one `npm test` makes) its own fixed seed; a run with more cases takes
 * fast-check's global seed: fixed too, unless PROPERTY_SEEDS=random (npm run test:soak) makes it random.
 */
export function propertyParameters(defaultRuns: number, runsVariable = 'CONVERGENCE_RUNS', fixedSeed?: number): fc.Parameters<unknown> {
  const runs = Number(process.env[runsVariable] ?? defaultRuns);
  const seed = process.env.CONVERGENCE_SEED ?? (process.env[runsVariable] === undefined && fixedSeed !== undefined ? String(fixedSeed) : undefined);
  const path = process.env.CONVERGENCE_PATH;
  return { numRuns: runs, ...(seed !== undefined ? { seed: Number(seed) } : {}), ...(path !== undefined ? { path } : {}), verbose: 1 };
}
