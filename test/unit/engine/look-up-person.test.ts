// Looking someone up in the organization: consent asked once when People.Read is refused, then tried again.
import { describe, expect, it } from 'vitest';
import { AuthError, RemoteError } from '../../../src/core/errors.js';
import { lookUpPerson } from '../../../src/engine/look-up-person.js';
import type { OrganizationPerson, PeopleDirectory } from '../../../src/ports/graph-directory.js';

/** A directory that refuses for want of consent until `consented` is set. */
function directory(answer: OrganizationPerson | undefined, events: string[]) {
  const state = { consented: false };
  const people: PeopleDirectory = {
    findPerson: async (address) => {
      events.push(`find ${address}`);
      if (!state.consented) throw new AuthError('Permission needed.', 'consent-required', 'consent_required');
      return answer;
    },
  };
  return { people, state };
}

describe('lookUpPerson', () => {
  it('asks for consent once when the permission is refused, then looks the person up again', async () => {
    const events: string[] = [];
    const { people, state } = directory({ jobTitle: 'Buyer' }, events);
    const grantConsent = async () => {
      events.push('consent');
      state.consented = true;
    };
    expect(await lookUpPerson(people, 'ann@contoso.example', grantConsent)).toEqual({ jobTitle: 'Buyer' });
    expect(events).toEqual(['find ann@contoso.example', 'consent', 'find ann@contoso.example']);
  });

  it('reports the refusal when the permission is still missing after the consent window', async () => {
    const events: string[] = [];
    const { people } = directory(undefined, events);
    let consents = 0;
    await expect(lookUpPerson(people, 'ann@contoso.example', async () => void (consents += 1))).rejects.toThrow('Permission needed.');
    expect(consents).toBe(1);
  });

  it('passes the refusal on when there is no way to ask for consent', async () => {
    const { people } = directory(undefined, []);
    await expect(lookUpPerson(people, 'ann@contoso.example')).rejects.toBeInstanceOf(AuthError);
  });

  it('never asks for consent for another failure', async () => {
    let consents = 0;
    const failing: PeopleDirectory = { findPerson: () => Promise.reject(new RemoteError('Graph answered 500.', { status: 500 })) };
    await expect(lookUpPerson(failing, 'ann@contoso.example', async () => void (consents += 1))).rejects.toBeInstanceOf(RemoteError);
    expect(consents).toBe(0);
  });
});
