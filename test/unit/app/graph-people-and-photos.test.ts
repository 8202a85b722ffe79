import { afterEach, describe, expect, it, vi } from 'vitest';
import { lookUpPerson } from '../../../src/app/graph-people-and-photos.js';
import { AuthError } from '../../../src/core/errors.js';
import type { TokenRequest } from '../../../src/ports/token-provider.js';

const GRAPH = 'https://graph.example/v1.0';

function tokens(requests: TokenRequest[]) {
  return { getAccessToken: async (request: TokenRequest) => (requests.push(request), 'token') };
}

function answer(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('lookUpPerson', () => {
  it('asks the people API with People.Read and keeps the person with exactly that address', async () => {
    const urls: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      urls.push(url);
      return answer(200, {
        value: [
          { jobTitle: 'Wrong', scoredEmailAddresses: [{ address: 'other@contoso.example' }] },
          { jobTitle: 'Buyer', department: 'Purchasing', officeLocation: '  Building 4 ', scoredEmailAddresses: [{ address: 'Ann@Contoso.example' }] },
        ],
      });
    });
    const requests: TokenRequest[] = [];
    const person = await lookUpPerson(tokens(requests), GRAPH, 'ann@contoso.example');
    expect(person).toEqual({ jobTitle: 'Buyer', department: 'Purchasing', officeLocation: 'Building 4' });
    expect(requests).toEqual([{ scopes: ['People.Read'] }]);
    expect(new URL(urls[0] ?? '').searchParams.get('$search')).toBe('"ann@contoso.example"');
  });

  it('answers nothing when the directory has no one with the address', async () => {
    vi.stubGlobal('fetch', async () => answer(200, { value: [{ jobTitle: 'X', scoredEmailAddresses: [{ address: 'x@contoso.example' }] }] }));
    expect(await lookUpPerson(tokens([]), GRAPH, 'ann@contoso.example')).toBeUndefined();
  });

  it('asks for People.Read through the consent window once when the token is refused, then looks the person up', async () => {
    vi.stubGlobal('fetch', async () => answer(200, { value: [{ jobTitle: 'Buyer', scoredEmailAddresses: [{ address: 'ann@contoso.example' }] }] }));
    let consented = false;
    const events: string[] = [];
    const refusing = {
      getAccessToken: async (request: TokenRequest) => {
        events.push(`token ${request.scopes.join(' ')}`);
        if (!consented) throw new AuthError('Permission needed.', 'consent-required', 'consent_required');
        return 'token';
      },
    };
    const grantConsent = async () => {
      events.push('consent');
      consented = true;
    };
    expect(await lookUpPerson(refusing, GRAPH, 'ann@contoso.example', grantConsent)).toEqual({ jobTitle: 'Buyer' });
    expect(events).toEqual(['token People.Read', 'consent', 'token People.Read']);
  });

  it('reports the refusal when the permission is still missing after the consent window', async () => {
    let consents = 0;
    const refusing = { getAccessToken: async () => Promise.reject(new AuthError('Permission needed.', 'consent-required')) };
    await expect(lookUpPerson(refusing, GRAPH, 'ann@contoso.example', async () => void (consents += 1))).rejects.toThrow('Permission needed.');
    expect(consents).toBe(1);
  });

  it('refreshes the token once after a 401 and reports other failures', async () => {
    const statuses = [401, 500];
    vi.stubGlobal('fetch', async () => answer(statuses.shift() ?? 500, {}));
    const requests: TokenRequest[] = [];
    await expect(lookUpPerson(tokens(requests), GRAPH, 'ann@contoso.example')).rejects.toThrow('Graph answered 500');
    expect(requests.map((request) => request.forceRefresh === true)).toEqual([false, true]);
  });
});
