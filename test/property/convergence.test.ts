// Convergence property: after any interleaving of local and server edits, deletes and faults, a quiet
// sync leaves the mirror equal to the server with nothing duplicated and no acknowledged edit lost.
// Replay a failure with CONVERGENCE_SEED=<seed> (fast-check prints it); raise CONVERGENCE_RUNS for a soak.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DexieMirrorStore } from '../../src/adapters/dexie/dexie-mirror-store.js';
import type { ClientId } from '../../src/core/contact/contact.js';
import { createContact } from '../../src/engine/local-edits.js';
import { pullContacts } from '../../src/engine/pull-contacts.js';
import { syncOnce } from '../../src/engine/sync-once.js';
import { fakeConvergenceWorld } from '../fakes/fake-convergence-world.js';
import { applyLocalEdit, COMMANDS, CrashError, propertyParameters, quietSyncAndCheck, settle, tolerate } from './convergence-model.js';
import type { ConvergenceWorld, Model } from './convergence-model.js';

async function runModel(world: ConvergenceWorld, commands: Iterable<fc.AsyncCommand<Model, ConvergenceWorld>>): Promise<void> {
  for (const name of ['Ann', 'Bob', 'Cy']) await world.server.create({ displayName: name, jobTitle: 'Start' });
  await syncOnce(world.deps);
  const model: Model = { open: new Map() };
  await fc.asyncModelRun(() => ({ model, real: world }), commands);
  await quietSyncAndCheck(model, world);
}

describe('convergence', () => {
  it('converges with the fake Graph and the in-memory mirror', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(COMMANDS, { maxCommands: 40 }), (commands) => runModel(fakeConvergenceWorld(), commands)),
      // npm test replays fixed seeds, so it can never be red by chance; the soak (npm run test:soak) is random.
      propertyParameters(200, 'CONVERGENCE_RUNS', 20261208),
    );
  }, 60_000);

  it('converges with the fake Graph and the Dexie mirror on fake-indexeddb', async () => {
    let databases = 0;
    await fc.assert(
      fc.asyncProperty(fc.commands(COMMANDS, { maxCommands: 30 }), async (commands) => {
        const name = `convergence-${++databases}`;
        const store = new DexieMirrorStore(name);
        try {
          await runModel(fakeConvergenceWorld(store), commands);
        } finally {
          await store.close();
          await Dexie.delete(name);
        }
      }),
      propertyParameters(50, 'CONVERGENCE_RUNS', 20261209),
    );
  }, 60_000);

  // A counterexample the property found (seed 251286177), replayed on every run: a create whose answer was lost is
  // pulled as a contact of its own before the create is retried, and the user edits that row.
  it('delivers an edit made on a pulled copy of a create whose answer was lost', async () => {
    const world = fakeConvergenceWorld();
    for (const name of ['Ann', 'Bob', 'Cy']) await world.server.create({ displayName: name, jobTitle: 'Start' });
    await syncOnce(world.deps);
    const model: Model = { open: new Map() };
    await world.server.loseWriteResponse();
    const folderId = (await world.store.listFolders()).find((f) => f.isDefault)?.id;
    if (folderId === undefined) throw new Error('no default folder');
    await createContact(world.store, { clientId: 'm-lost' as ClientId, folderId, fields: { displayName: 'Dee', jobTitle: 'J0' }, now: world.now() });
    await tolerate(syncOnce(world.deps));
    let pages = 0;
    await tolerate(pullContacts({ ...world.deps, onProgress: () => { if (++pages >= 2) throw new CrashError(); } }));
    await settle(model, world);
    const rows = await world.store.listContacts();
    const dee = rows.findIndex((row) => row.graphId !== undefined && row.fields.displayName === 'Dee');
    expect(dee).toBeGreaterThanOrEqual(0);
    await applyLocalEdit(model, world.store, world.now(), dee, 'jobTitle', 0);
    await quietSyncAndCheck(model, world);
    const onServer = (await world.server.contacts()).filter((c) => c.fields.displayName === 'Dee');
    expect(onServer.map((c) => c.fields.jobTitle)).toEqual(['Poet']);
    expect((await world.store.listContacts()).filter((row) => row.fields.displayName === 'Dee')).toHaveLength(1);
  });
});
