import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GraphClient } from '../../../../src/adapters/graph/graph-client.js';
import { createGraphMiddleware } from '../../../../src/adapters/graph/middleware/create-graph-middleware.js';
import { RETRYABLE_STATUSES } from '../../../../src/adapters/graph/middleware/retry-handler.js';
import { InstantClock } from './instant-clock.js';
import { graphError, json, scriptedFetch } from './scripted-fetch.js';

const MAX_ATTEMPTS = 4;
const status = fc.constantFrom(200, 400, 401, 404, 412, 429, 503, 504);

/** What the chain must do with a run of answers: which get sent, and how the last one ends. */
function expectedSends(statuses: readonly number[]): number {
  let sent = 0;
  let refreshed = false;
  let attempts = 0;
  for (const answer of statuses) {
    sent += 1;
    attempts += 1;
    if (RETRYABLE_STATUSES.has(answer) && attempts < MAX_ATTEMPTS) continue;
    if (answer === 401 && !refreshed) {
      refreshed = true;
      attempts = 0;
      continue;
    }
    return sent;
  }
  return sent;
}

describe('Graph middleware chain (property)', () => {
  it('retries only throttling, refreshes at most once, and stops at the first final answer', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(status, { minLength: 12, maxLength: 12 }), async (statuses) => {
        const clock = new InstantClock();
        const answers = statuses.map((s) => (s === 200 ? json(200, {}) : graphError(s, `E${s}`)));
        const { fetch, requests } = scriptedFetch(answers);
        let refreshes = 0;
        const tokens = {
          getAccessToken: async (request: { forceRefresh?: boolean }) => {
            if (request.forceRefresh === true) refreshes += 1;
            return 't';
          },
        };
        const { first } = createGraphMiddleware({ tokens, scopes: [], graphHosts: ['graph.example.test'], clock, random: () => 0.5, fetch, retry: { maxAttempts: MAX_ATTEMPTS } });
        const client = new GraphClient('https://graph.example.test/v1.0', first, clock);
        const response = await client.send({ method: 'GET', url: '/me/contacts' }, { action: 'test' });
        const sent = expectedSends(statuses);
        expect(requests).toHaveLength(sent);
        expect(response.status).toBe(statuses[sent - 1]);
        expect(refreshes).toBeLessThanOrEqual(1);
        const throttled = statuses.slice(0, sent - 1).filter((s) => RETRYABLE_STATUSES.has(s)).length;
        expect(clock.sleeps).toHaveLength(throttled);
      }),
      { numRuns: 200 },
    );
  });
});
