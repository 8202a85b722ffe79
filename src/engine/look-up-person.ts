// Looking someone up in the user's organization, a click in the capture form: People.Read is tried silently,
// and when it is refused for want of consent, the user is asked once (the consent window) and the lookup tried again.
import { AuthError } from '../core/errors.js';
import type { OrganizationPerson, PeopleDirectory } from '../ports/graph-directory.js';

const needsConsent = (error: unknown): boolean => error instanceof AuthError && (error.reason === 'consent-required' || error.reason === 'interaction-required');

export async function lookUpPerson(directory: PeopleDirectory, address: string, grantConsent?: () => Promise<void>): Promise<OrganizationPerson | undefined> {
  try {
    return await directory.findPerson(address);
  } catch (error) {
    if (!needsConsent(error) || grantConsent === undefined) throw error;
    await grantConsent();
    return directory.findPerson(address);
  }
}
