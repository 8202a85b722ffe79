// GraphContactsRemote against the emulator with injected faults: throttling storms, dropped connections,
// expired tokens, batch partial failures and stale change keys; requests counted through the request log.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClientId, GraphId } from '../../src/core/contact/contact.js';
import { ConflictError, NotFoundError, RemoteError } from '../../src/core/errors.js';
import type { RemoteContact, RemoteWriteResult } from '../../src/ports/contacts-remote.js';
import { GraphContactsRemote } from '../../src/adapters/graph/graph-contacts-remote.js';
import { InstantClock } from '../unit/adapters/graph/instant-clock.js';
import { GRAPH_TEST_SCOPES, startGraphEmulatorFixture, stopGraphEmulators } from './graph-emulator-fixture.js';
import type { GraphEmulatorFixture } from './graph-emulator-fixture.js';

const ME = { kind: 'me' } as const;
let fixture: GraphEmulatorFixture;
let sequence = 0;
const clientId = (): ClientId => `faults-${(sequence += 1)}` as ClientId;

const contactOf = (result: RemoteWriteResult | undefined): RemoteContact => {
  if (result?.ok !== true || result.contact === undefined) throw new Error(`write failed: ${JSON.stringify(result)}`);
  return result.contact;
};

async function createOne(givenName: string): Promise<RemoteContact> {
  return contactOf((await fixture.remote.write(ME, [{ kind: 'create', clientId: clientId(), fields: { givenName } }]))[0]);
}

async function fault(body: Record<string, unknown>): Promise<void> {
  const response = await fixture.control('POST', 'faults', body);
  expect(response.status).toBe(201);
}

beforeEach(async () => {
  fixture = await startGraphEmulatorFixture({ seed: 0 });
});
afterEach(async () => {
  await fixture.close();
});
afterAll(stopGraphEmulators);

describe('GraphContactsRemote under faults', () => {
  it('rides out a 429 storm by waiting each Retry-After', async () => {
    const contact = await createOne('Storm');
    await fixture.clearLog();
    await fault({ type: 'status', status: 429, count: 3, retryAfterSeconds: 2, method: 'GET', pathPrefix: '/v1.0/me/contacts' });
    const read = await fixture.remote.getContact(ME, contact.id);
    expect(read.id).toBe(contact.id);
    expect(fixture.clock.sleeps).toEqual([2000, 2000, 2000]);
    expect((await fixture.loggedRequests()).map((r) => r.status)).toEqual([429, 429, 429, 200]);
  });

  it('surfaces a throttle that outlasts the retries as a retryable RemoteError with Retry-After', async () => {
    const contact = await createOne('Long storm');
    await fault({ type: 'status', status: 503, count: 20, retryAfterSeconds: 1, method: 'GET' });
    const error = (await fixture.remote.getContact(ME, contact.id).catch((e: unknown) => e)) as RemoteError;
    expect(error).toBeInstanceOf(RemoteError);
    expect(error).toMatchObject({ status: 503, retryable: true, retryAfterMs: 1000 });
  });

  it('retries a read whose connection dropped', async () => {
    const contact = await createOne('Dropped read');
    await fault({ type: 'drop', count: 1, pathPrefix: '/v1.0/me/contacts' });
    expect((await fixture.remote.getContact(ME, contact.id)).id).toBe(contact.id);
  });

  it('never duplicates creates whose batch answer was lost', async () => {
    await fault({ type: 'drop', count: 1, pathPrefix: '/v1.0/$batch' });
    const writes = Array.from({ length: 5 }, (_, i) => ({ kind: 'create' as const, clientId: clientId(), fields: { givenName: `Lost ${i}` } }));
    const results = await fixture.remote.write(ME, writes);
    expect(results.every((r) => r.ok)).toBe(true);
    for (const write of writes) expect((await fixture.remote.findByClientId(ME, write.clientId))?.fields.givenName).toBe(write.fields.givenName);
    const log = await fixture.loggedRequests({ includeInner: true });
    expect(log.filter((r) => r.batch && r.method === 'POST' && r.status === 201)).toHaveLength(5);
    expect(log.filter((r) => r.batch && r.method === 'GET')).toHaveLength(5);
  });

  it('refreshes an expired token once and carries on', async () => {
    const contact = await createOne('Token');
    expect((await fixture.control('POST', 'access-tokens/expire')).status).toBe(204);
    expect((await fixture.remote.getContact(ME, contact.id)).id).toBe(contact.id);
    expect(fixture.tokens.requests.filter((r) => r.forceRefresh === true)).toHaveLength(1);
  });

  it('keeps the other results of a batch when some writes fail, and retries an inner 429 only', async () => {
    const gone = await createOne('Gone');
    await fixture.remote.write(ME, [{ kind: 'delete', id: gone.id }]);
    await fault({ type: 'status', status: 429, count: 1, retryAfterSeconds: 1, method: 'POST', pathPrefix: '/v1.0/me/contacts' });
    await fixture.clearLog();
    const results = await fixture.remote.write(ME, [
      { kind: 'create', clientId: clientId(), fields: { givenName: 'First' } },
      { kind: 'delete', id: gone.id },
      { kind: 'create', clientId: clientId(), fields: { givenName: 'Third' } },
    ]);
    expect(results[0]?.ok).toBe(true);
    expect(results[1]?.ok === false && results[1].error).toBeInstanceOf(NotFoundError);
    expect(results[2]?.ok).toBe(true);
    const batches = (await fixture.loggedRequests()).filter((r) => r.path.endsWith('/$batch'));
    expect(batches.length).toBeGreaterThanOrEqual(2);
    expect(batches.length).toBeLessThanOrEqual(4);
    expect(fixture.clock.sleeps).toContain(1000);
  });

  it('answers ConflictError when another client changed the contact since our change key', async () => {
    const contact = await createOne('Shared');
    const patched = await fixture.asOtherClient('PATCH', `me/contacts/${encodeURIComponent(contact.id)}`, { jobTitle: 'Changed elsewhere' });
    expect(patched.status).toBe(200);
    const [result] = await fixture.remote.write(ME, [{ kind: 'update', id: contact.id, changes: { jobTitle: 'Ours' }, ifMatchChangeKey: contact.changeKey }]);
    expect(result?.ok === false && result.error).toBeInstanceOf(ConflictError);
    expect((await fixture.remote.getContact(ME, contact.id)).fields.jobTitle).toBe('Changed elsewhere');
  });

  it('pushes 1,000 creates in at most 55 requests without being throttled', async () => {
    await fixture.clearLog();
    const writes = Array.from({ length: 1000 }, (_, i) => ({ kind: 'create' as const, clientId: clientId(), fields: { givenName: `Bulk ${i}` } }));
    const results = await fixture.remote.write(ME, writes);
    expect(results.filter((r) => r.ok)).toHaveLength(1000);
    const outer = await fixture.loggedRequests();
    expect(outer.length).toBeGreaterThanOrEqual(50);
    expect(outer.length).toBeLessThanOrEqual(55);
    expect((await fixture.loggedRequests({ includeInner: true })).filter((r) => r.status === 429)).toEqual([]);
    expect(fixture.remote.peakRequestsInFlight).toBeLessThanOrEqual(4);
  });

  it('keeps concurrent reads within the mailbox limit so the server never throttles them', async () => {
    const contact = await createOne('Popular');
    await fixture.clearLog();
    const reads = await Promise.all(Array.from({ length: 24 }, () => fixture.remote.getContact(ME, contact.id as GraphId)));
    expect(reads).toHaveLength(24);
    expect((await fixture.loggedRequests()).filter((r) => r.status === 429)).toEqual([]);
    expect(fixture.remote.peakRequestsInFlight).toBe(4);
  });

  it('recovers from the server throttling when a client overruns the mailbox limit', async () => {
    const contact = await createOne('Crowded');
    const clock = new InstantClock();
    const greedy = new GraphContactsRemote({
      baseUrl: fixture.emulator.graphUrl,
      tokens: fixture.tokens,
      clock,
      scopes: [...GRAPH_TEST_SCOPES],
      random: () => 0.5,
      maxConcurrentPerMailbox: 16,
    });
    await fixture.control('POST', 'faults', { type: 'latency', ms: 300, pathPrefix: '/v1.0/me/contacts' });
    await fixture.clearLog();
    const reads = await Promise.all(Array.from({ length: 16 }, () => greedy.getContact(ME, contact.id)));
    expect(reads.every((read) => read.id === contact.id)).toBe(true);
    const statuses = (await fixture.loggedRequests()).map((r) => r.status);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThan(0);
    expect(statuses.filter((status) => status === 200)).toHaveLength(16);
    expect(clock.sleeps.length).toBeGreaterThan(0);
  });
});
