// What the pane reads from Microsoft Graph beside the contacts sync: the signed-in user's profile, a person in
// the user's organization, and a contact's photo. Implemented over the same Graph connection as ContactsRemote,
// so these reads get its token refresh, retries, throttling and per-mailbox limit.
import type { PhotoBytes } from '../core/contact/contact-photo-bytes.js';
import type { GraphId } from '../core/contact/contact.js';
import type { MailboxRef } from './contacts-remote.js';

export interface UserProfile {
  readonly displayName?: string;
}

/** What the organization's directory says about someone, as the people API returns it. */
export interface OrganizationPerson {
  readonly jobTitle?: string;
  readonly department?: string;
  readonly officeLocation?: string;
}

export interface ProfileSource {
  /** `GET /me` (User.Read). Throws AuthError when no token can be had, RemoteError when Graph refuses. */
  profile(): Promise<UserProfile>;
}

export interface PeopleDirectory {
  /**
   * The best-ranked person with exactly this address in the people API (People.Read), or undefined when it
   * knows nobody, or nothing but the address. Throws AuthError with reason `consent-required` (or
   * `interaction-required`) when the permission has not been granted yet; RemoteError when Graph refuses.
   */
  findPerson(address: string): Promise<OrganizationPerson | undefined>;
}

export interface ContactPhotos {
  /** The contact's photo, or undefined when it has none or the answer is not an image. Throws RemoteError otherwise. */
  contactPhoto(mailbox: MailboxRef, folderId: GraphId, contactId: GraphId): Promise<Blob | undefined>;
}

export interface ContactPhotoWriter {
  /**
   * Sets the contact's photo (`PUT /contacts/{id}/photo/$value`). Throws NotFoundError when the contact is not
   * in the mailbox any more, RemoteError when Graph refuses (retryable for throttling and outages).
   */
  setContactPhoto(mailbox: MailboxRef, contactId: GraphId, photo: PhotoBytes): Promise<void>;
}
