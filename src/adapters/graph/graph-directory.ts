// ProfileSource, PeopleDirectory and ContactPhotos over Graph, on the shared connection: `GET /me`, the people
// API (`GET /me/people?$search=`) and `GET …/contacts/{id}/photo/$value`. Every text Graph answers is cut to a
// bounded length; nothing of it is interpreted.
import type { GraphId } from '../../core/contact/contact.js';
import { scopesForFeature } from '../../core/auth/graph-scopes.js';
import type { MailboxRef } from '../../ports/contacts-remote.js';
import type { PhotoBytes } from '../../core/contact/contact-photo-bytes.js';
import type { ContactPhotos, ContactPhotoWriter, OrganizationPerson, PeopleDirectory, ProfileSource, UserProfile } from '../../ports/graph-directory.js';
import type { GraphConnection } from './graph-connection.js';
import { mailboxKey, mailboxPath, segment } from './mailbox-path.js';

const MAX_FIELD_CHARS = 200;
const PEOPLE_CANDIDATES = 5;

const textOf = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, MAX_FIELD_CHARS) : undefined);

function recordOf(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

export class GraphDirectory implements ProfileSource, PeopleDirectory, ContactPhotos, ContactPhotoWriter {
  readonly #connection: GraphConnection;

  constructor(connection: GraphConnection) {
    this.#connection = connection;
  }

  async profile(): Promise<UserProfile> {
    const body = await this.#connection.client.json(
      { method: 'GET', url: '/me?$select=displayName,userPrincipalName', scopes: ['User.Read'], mailboxKey: 'me' },
      { action: 'reading your profile' },
    );
    const displayName = textOf(recordOf(body).displayName);
    return displayName === undefined ? {} : { displayName };
  }

  async findPerson(address: string): Promise<OrganizationPerson | undefined> {
    const query = new URLSearchParams({ $search: `"${address.replace(/"/g, '')}"`, $top: String(PEOPLE_CANDIDATES), $select: 'jobTitle,department,officeLocation,scoredEmailAddresses' });
    const { client } = this.#connection;
    const failure = { action: `looking ${address} up in your organization` };
    const response = await client.send({ method: 'GET', url: `/me/people?${query.toString()}`, scopes: scopesForFeature('people-suggestions'), mailboxKey: 'me' }, failure);
    if (response.status === 404) return undefined;
    if (response.status < 200 || response.status >= 300) throw client.errorFrom(response, failure);
    const value = recordOf(response.body).value;
    const people = Array.isArray(value) ? value.map(recordOf) : [];
    const wanted = address.trim().toLowerCase();
    const person = people.find((each) => Array.isArray(each.scoredEmailAddresses) && each.scoredEmailAddresses.some((email) => textOf(recordOf(email).address)?.toLowerCase() === wanted));
    if (person === undefined) return undefined;
    const found: OrganizationPerson = { jobTitle: textOf(person.jobTitle), department: textOf(person.department), officeLocation: textOf(person.officeLocation) };
    return Object.values(found).some((part) => part !== undefined) ? found : undefined;
  }

  async contactPhoto(mailbox: MailboxRef, folderId: GraphId, contactId: GraphId): Promise<Blob | undefined> {
    const { client } = this.#connection;
    const failure = { action: `reading the photo of contact ${contactId}` };
    const url = `${mailboxPath(mailbox)}/contactFolders/${segment(folderId)}/contacts/${segment(contactId)}/photo/$value`;
    const response = await client.send({ method: 'GET', url, mailboxKey: mailboxKey(mailbox), responseType: 'blob' }, failure);
    // Graph answers 404 (ImageNotFound) for a contact without a photo.
    if (response.status === 404) return undefined;
    if (response.status < 200 || response.status >= 300) throw client.errorFrom(response, failure);
    const blob = response.body;
    return blob instanceof Blob && blob.type.startsWith('image/') ? blob : undefined;
  }

  async setContactPhoto(mailbox: MailboxRef, contactId: GraphId, photo: PhotoBytes): Promise<void> {
    const { client } = this.#connection;
    const failure = { action: `setting the photo of contact ${contactId}` };
    const url = `${mailboxPath(mailbox)}/contacts/${segment(contactId)}/photo/$value`;
    // Sending the same bytes again sets the same photo: safe to retry after a dropped connection.
    await client.json({ method: 'PUT', url, headers: { 'Content-Type': photo.mediaType }, body: photo.bytes, mailboxKey: mailboxKey(mailbox), idempotent: true }, failure);
  }
}
