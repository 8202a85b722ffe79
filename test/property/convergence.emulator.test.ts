// The convergence property on the real stack: Graph emulator + GraphContactsRemote + Dexie on fake-indexeddb.
// Fewer cases than the in-process run (each case talks HTTP); CONVERGENCE_EMULATOR_RUNS raises them for a soak.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { startEmulator } from '../../emulator/server.js';
import type { RunningEmulator } from '../../emulator/server.js';
import { syncOnce } from '../../src/engine/sync-once.js';
import { COMMANDS, propertyParameters, quietSyncAndCheck } from './convergence-model.js';
import type { Model } from './convergence-model.js';
import { emulatorConvergenceWorld } from './emulator-convergence-world.js';

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, control: true, seed: 0 });
});

afterAll(async () => {
  await emulator.close();
});

describe('convergence against the Graph emulator', () => {
  it('converges with GraphContactsRemote and the Dexie mirror', async () => {
    let cases = 0;
    await fc.assert(
      fc.asyncProperty(fc.commands(COMMANDS, { maxCommands: 20 }), async (commands) => {
        const name = `emulator-convergence-${++cases}`;
        const world = await emulatorConvergenceWorld(emulator, name);
        try {
          for (const displayName of ['Ann', 'Bob', 'Cy']) await world.server.create({ displayName, jobTitle: 'Start' });
          await syncOnce(world.deps);
          const model: Model = { open: new Map() };
          await fc.asyncModelRun(() => ({ model, real: world }), commands);
          await quietSyncAndCheck(model, world);
        } finally {
          await world.close();
          await Dexie.delete(name);
        }
      }),
      propertyParameters(8, 'CONVERGENCE_EMULATOR_RUNS', 20261211),
    );
  }, 300_000);
});
