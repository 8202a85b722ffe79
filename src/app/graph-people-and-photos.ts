// Two small Graph reads the Message view makes on demand, outside the sync: the people API for someone in the
// user's organization (People.Read, asked for incrementally on first use) and a contact's photo as an object URL.
import { withTokenRetry } from '../adapters/msal/with-token-retry.js';
import { scopesForFeature } from '../core/auth/graph-scopes.js';
import { AuthError } from '../core/errors.js';
import type { MirrorContact } from '../core/sync/mirror-contact.js';
import type { MirrorFolder } from '../core/sync/plan-folders.js';
import type { TokenProvider } from '../ports/token-provider.js';
import type { OrganizationPerson } from '../ui/views/message/message-mirror.js';

const CONTACT_SCOPES = ['Contacts.ReadWrite'];
const MAX_FIELD_CHARS = 200;

const textOf = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, MAX_FIELD_CHARS) : undefined);

const needsConsent = (error: unknown): boolean => error instanceof AuthError && (error.reason === 'consent-required' || error.reason === 'interaction-required');

/**
 * `GET /me/people?$search="address"`: the best-ranked person with that address, if any. People.Read is tried
 * silently; when it is refused for want of consent, the lookup (a click) asks once through `grantConsent` (the
 * consent window) and tries again, as adding a shared source does.
 */
export async function lookUpPerson(tokens: TokenProvider, graphBaseUrl: string, address: string, grantConsent?: () => Promise<void>): Promise<OrganizationPerson | undefined> {
  const query = new URLSearchParams({ $search: `"${address.replace(/"/g, '')}"`, $top: '5', $select: 'jobTitle,department,officeLocation,scoredEmailAddresses' });
  const url = `${graphBaseUrl}/me/people?${query.toString()}`;
  const ask = () => withTokenRetry(tokens, scopesForFeature('people-suggestions'), (token) => fetch(url, { headers: { Authorization: `Bearer ${token}` } }));
  let response: Response;
  try {
    response = await ask();
  } catch (error) {
    if (!needsConsent(error) || grantConsent === undefined) throw error;
    await grantConsent();
    response = await ask();
  }
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`Graph answered ${response.status} when looking ${address} up in your organization.`);
  const body = (await response.json()) as { value?: unknown };
  const people = Array.isArray(body.value) ? (body.value as Record<string, unknown>[]) : [];
  const wanted = address.trim().toLowerCase();
  const person = people.find((each) =>
    Array.isArray(each.scoredEmailAddresses) && (each.scoredEmailAddresses as { address?: unknown }[]).some((email) => textOf(email.address)?.toLowerCase() === wanted),
  );
  if (person === undefined) return undefined;
  const found: OrganizationPerson = { jobTitle: textOf(person.jobTitle), department: textOf(person.department), officeLocation: textOf(person.officeLocation) };
  return Object.values(found).some((value) => value !== undefined) ? found : undefined;
}

function mailboxRoot(folder: MirrorFolder | undefined): string {
  const mailbox = folder?.mailbox ?? 'me';
  return mailbox.startsWith('user:') ? `/users/${encodeURIComponent(mailbox.slice('user:'.length))}` : '/me';
}

/** The contact's photo as an object URL (the caller revokes it), or undefined when it has none or is not on the server yet. */
export async function loadContactPhoto(tokens: TokenProvider, graphBaseUrl: string, contact: MirrorContact, folder: MirrorFolder | undefined): Promise<string | undefined> {
  if (contact.graphId === undefined) return undefined;
  const path = `${mailboxRoot(folder)}/contactFolders/${encodeURIComponent(contact.folderId)}/contacts/${encodeURIComponent(contact.graphId)}/photo/$value`;
  const response = await withTokenRetry(tokens, CONTACT_SCOPES, (token) => fetch(`${graphBaseUrl}${path}`, { headers: { Authorization: `Bearer ${token}` } }));
  if (!response.ok) {
    await response.body?.cancel();
    return undefined;
  }
  const blob = await response.blob();
  return blob.type.startsWith('image/') ? URL.createObjectURL(blob) : undefined;
}
