// Convergence property of a CardDAV pairing on the real stack: the Graph emulator (GraphContactsRemote, the
// in-memory mirror) and Radicale (TsdavAddressBook), edited on all three sides under CardDAV and Graph faults.
// Each case is a new Radicale user and a reset emulator. Replay a failure with CONVERGENCE_SEED=<seed> (and
// CONVERGENCE_PATH) as fast-check prints them; CARDDAV_CONVERGENCE_RUNS raises the count for a soak.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { stopGraphEmulators } from '../integration/graph-emulator-fixture.js';
import { startRadicale } from '../support/start-radicale.js';
import type { RadicaleServer } from '../support/start-radicale.js';
import { PAIRING_COMMANDS, quietRunAndCheck, runPairing } from './carddav-convergence-model.js';
import type { PairingModel } from './carddav-convergence-model.js';
import { pairingSides } from './carddav-convergence-world.js';
import { propertyParameters } from './convergence-model.js';

let radicale: RadicaleServer;
let cases = 0;

beforeAll(async () => {
  radicale = await startRadicale();
});
afterAll(async () => {
  await Promise.all([radicale.stop(), stopGraphEmulators()]);
});

describe('convergence of a CardDAV pairing', () => {
  it('converges across the pane, Outlook and the address book through faults', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(PAIRING_COMMANDS, { maxCommands: 25 }), async (commands) => {
        const sides = await pairingSides(radicale, `prop${++cases}`);
        const model: PairingModel = { step: 0, happened: [], cleanRuns: [], names: new Map() };
        for (const side of ['outlook', 'carddav'] as const) {
          await sides.create(side, `${side} start`, { jobTitle: 'Start' });
          model.happened.push({ step: 0, side, name: `${side} start`, kind: 'create' });
        }
        if ((await runPairing(sides)).clean) model.cleanRuns.push(0);
        await fc.asyncModelRun(() => ({ model, real: sides }), commands);
        await quietRunAndCheck(model, sides);
      }),
      // A known counterexample (a pane edit lost to a card edit; seed -1366287756) is open in issue 17.
      propertyParameters(6, 'CARDDAV_CONVERGENCE_RUNS', 20261207),
    );
  }, 300_000);
});
