// Convergence across real restarts: the Dexie database is closed and a new store opened on it at any await
// point of a sync (before a store call or while its transaction runs: after planning, after sending, around
// settling, between delta pages and inside a page apply), and the run carries on or is abandoned as a reloaded
// pane's would be. Two panes (two connections on one database) also race: each syncs under the sync lock while
// the other edits. The model's checks hold throughout: no acknowledged edit lost, no duplicate, mirror equals server.
// `npm run test:soak` runs thousands of cases (RESTART_RUNS); CONVERGENCE_SEED replays one.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DexieMirrorStore } from '../../src/adapters/dexie/dexie-mirror-store.js';
import { syncOnce } from '../../src/engine/sync-once.js';
import { fakeConvergenceWorld } from '../fakes/fake-convergence-world.js';
import { applyLocalEdit, command, COMMANDS, localEditArb, propertyParameters, quietSyncAndCheck, settle, tolerate } from './convergence-model.js';
import type { ConvergenceWorld, Model } from './convergence-model.js';
import { RestartingStore } from './restarting-store.js';
import type { RestartPlan } from './restarting-store.js';

type Cmd = fc.AsyncCommand<Model, ConvergenceWorld>;

/** The run under way: its restartable store and its database name (the commands are built once, before any run). */
const current: { restarting?: RestartingStore; name?: string } = {};

/** One sync with a restart at one of its store calls (a sync of this model makes six to a dozen). */
const RESTART: fc.Arbitrary<Cmd> = fc
  .record({ atCall: fc.integer({ min: 1, max: 12 }), when: fc.constantFrom('between' as const, 'during' as const), abandon: fc.boolean() })
  .map((plan: RestartPlan) =>
    command(`restartDuringSync(${plan.atCall},${plan.when},${plan.abandon ? 'abandon' : 'carry on'})`, async (model, world) => {
      const restarting = current.restarting;
      if (restarting === undefined) throw new Error('No run under way.');
      restarting.arm(plan);
      try {
        await tolerate(syncOnce(world.deps));
      } finally {
        restarting.disarm();
      }
      await settle(model, world);
    }),
  );

/** A mutex standing in for the Web Lock both panes take before syncing. */
function syncLock(): <T>(run: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(run: () => Promise<T>) => {
    const next = tail.then(run, run);
    tail = next.catch(() => undefined);
    return next;
  };
}

/** A second pane opens the same database: both sync (one at a time, under the lock) while the second one edits. */
const SECOND_PANE: fc.Arbitrary<Cmd> = localEditArb.map(([at, field, value]) =>
  command(`secondPane(edit ${at},${field},${value})`, async (model, world) => {
    const other = new DexieMirrorStore(current.name ?? '');
    const locked = syncLock();
    try {
      await Promise.all([
        locked(() => tolerate(syncOnce(world.deps))),
        locked(() => tolerate(syncOnce({ ...world.deps, store: other }))),
        applyLocalEdit(model, other, world.now(), at, field, value),
      ]);
      // As after any sync: what reached the server is delivered, and a later change by someone else may replace it.
      await settle(model, world);
    } finally {
      await other.close();
    }
  }),
);

/** Restarts weigh as much as all the other commands together, so most syncs of a run meet one. */
const RESTART_COMMANDS = [...COMMANDS, ...COMMANDS.map(() => RESTART), SECOND_PANE];

let databases = 0;

describe('convergence across restarts', () => {
  it('converges when the database is closed and reopened at any await point of a sync, and with two panes racing', async () => {
    const totals = { runs: 0, restarts: 0 };
    await fc.assert(
      fc.asyncProperty(fc.commands(RESTART_COMMANDS, { maxCommands: 25 }), async (commands) => {
        const name = `restart-${++databases}`;
        const restarting = new RestartingStore(name);
        Object.assign(current, { restarting, name });
        const world = fakeConvergenceWorld(restarting.store);
        try {
          for (const displayName of ['Ann', 'Bob', 'Cy']) await world.server.create({ displayName, jobTitle: 'Start' });
          await syncOnce(world.deps);
          const model: Model = { open: new Map() };
          await fc.asyncModelRun(() => ({ model, real: world }), commands);
          await quietSyncAndCheck(model, world);
        } finally {
          totals.runs += 1;
          totals.restarts += restarting.restarts;
          await restarting.close();
          await Dexie.delete(name);
        }
      }),
      propertyParameters(40, 'RESTART_RUNS', 20261210),
    );
    // The restarts really happened.
    expect(totals.restarts).toBeGreaterThan(0);
    console.log(`restart soak: ${totals.runs} cases, ${totals.restarts} restarts`);
  }, 300_000);
});
