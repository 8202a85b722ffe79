import { afterEach, describe, expect, it, vi } from 'vitest';
import { lookUpPerson } from '../../../src/app/graph-people-and-photos.js';
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

  it('refreshes the token once after a 401 and reports other failures', async () => {
    const statuses = [401, 500];
    vi.stubGlobal('fetch', async () => answer(statuses.shift() ?? 500, {}));
    const requests: TokenRequest[] = [];
    await expect(lookUpPerson(tokens(requests), GRAPH, 'ann@contoso.example')).rejects.toThrow('Graph answered 500');
    expect(requests.map((request) => request.forceRefresh === true)).toEqual([false, true]);
  });
});
