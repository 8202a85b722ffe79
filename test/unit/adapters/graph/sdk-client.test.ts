import { Client } from '@microsoft/microsoft-graph-client';
import { describe, expect, it } from 'vitest';
import { createGraphMiddleware } from '../../../../src/adapters/graph/middleware/create-graph-middleware.js';
import { InstantClock } from './instant-clock.js';
import { graphError, json, scriptedFetch } from './scripted-fetch.js';

describe('the middleware chain inside the Graph SDK client', () => {
  it('serves Client.initWithMiddleware: token added and a 429 retried', async () => {
    const clock = new InstantClock();
    const { fetch, requests } = scriptedFetch([graphError(429, 'TooManyRequests', { 'Retry-After': '1' }), json(200, { displayName: 'Ana' })]);
    const { first } = createGraphMiddleware({
      tokens: { getAccessToken: async () => 'sdk-token' },
      scopes: ['User.Read'],
      graphHosts: ['graph.microsoft.com'],
      clock,
      random: () => 0,
      fetch,
    });
    const client = Client.initWithMiddleware({ middleware: first });
    const me = (await client.api('/me').get()) as { displayName: string };
    expect(me.displayName).toBe('Ana');
    expect(requests).toHaveLength(2);
    expect(requests[1]?.headers.get('Authorization')).toBe('Bearer sdk-token');
    expect(clock.sleeps).toEqual([1000]);
  });
});
