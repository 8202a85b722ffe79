// firstPages for test doubles: each request made on its own through the double's single-page methods, each
// failure answered in its place, as the Graph adapter answers an inner request of a batch.
import type { ContactsRemote, FirstPages, FirstPagesRequest, MailboxRef } from '../../src/ports/contacts-remote.js';

const settled = <T>(work: () => Promise<T>): Promise<T | Error> => work().catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));

export async function firstPagesOneByOne(remote: Pick<ContactsRemote, 'folderChangesPage' | 'contactsDeltaPage'>, mailbox: MailboxRef, request: FirstPagesRequest): Promise<FirstPages> {
  const folders = await settled(() => remote.folderChangesPage(mailbox, request.foldersLink));
  const contacts = [];
  for (const each of request.contacts) contacts.push(await settled(() => remote.contactsDeltaPage(mailbox, each.folderId, each.link)));
  return { folders, contacts };
}
