// Convergence property: after any interleaving of local and server edits, deletes and faults, a quiet
// sync leaves the mirror equal to the server with nothing duplicated and no acknowledged edit lost.
// Replay a failure with CONVERGENCE_SEED=<seed> (fast-check prints it); raise CONVERGENCE_RUNS for a soak.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { DexieMirrorStore } from '../../src/adapters/dexie/dexie-mirror-store.js';
import { syncOnce } from '../../src/engine/sync-once.js';
import { fakeConvergenceWorld } from '../fakes/fake-convergence-world.js';
import { COMMANDS, propertyParameters, quietSyncAndCheck } from './convergence-model.js';
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
      propertyParameters(200),
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
      propertyParameters(50),
    );
  }, 60_000);
});
