import { describe, expect, it } from 'vitest';
import { carddavFetch } from '../../../../src/adapters/carddav/carddav-fetch.js';
import { RemoteError } from '../../../../src/core/errors.js';
import { InstantClock } from '../graph/instant-clock.js';

type Step = Response | Error;

function scripted(steps: Step[]): { fetch: typeof fetch; seen: Headers[] } {
  const seen: Headers[] = [];
  const fetchStub: typeof fetch = async (_input, init) => {
    seen.push(new Headers(init?.headers));
    const step = steps.shift();
    if (step === undefined) throw new Error('no more answers');
    if (step instanceof Error) throw step;
    return step;
  };
  return { fetch: fetchStub, seen };
}

const credentials = { user: 'alice', password: 'pässword' };

describe('carddavFetch', () => {
  it('waits for Retry-After on 429 and 503, then answers the success', async () => {
    const clock = new InstantClock();
    const { fetch, seen } = scripted([new Response('', { status: 429, headers: { 'Retry-After': '2' } }), new Response('', { status: 503, headers: { 'Retry-After': '1' } }), new Response('ok')]);
    const response = await carddavFetch({ fetch, credentials, clock, random: () => 0.5 })('http://dav.test/a', { method: 'PUT' });
    expect(response.status).toBe(200);
    expect(clock.sleeps).toEqual([2000, 1000]);
    expect(seen[0]?.get('Authorization')).toBe(`Basic ${Buffer.from('alice:pässword').toString('base64')}`);
  });

  it('tries a dropped connection again and fails with a retryable RemoteError that names no password', async () => {
    const { fetch } = scripted([new TypeError('socket hang up'), new TypeError('socket hang up'), new TypeError('socket hang up')]);
    const call = carddavFetch({ fetch, credentials, clock: new InstantClock(), random: () => 0.5, maxAttempts: 3 })('http://dav.test/a');
    const error: unknown = await call.catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(RemoteError);
    expect((error as RemoteError).retryable).toBe(true);
    expect((error as RemoteError).message).not.toContain('pässword');
  });

  it('passes other statuses straight through', async () => {
    const clock = new InstantClock();
    const { fetch } = scripted([new Response('', { status: 412 })]);
    expect((await carddavFetch({ fetch, credentials, clock, random: () => 0.5 })('http://dav.test/a')).status).toBe(412);
    expect(clock.sleeps).toEqual([]);
  });
});
