import { InMemoryAddressBook } from '../fakes/in-memory-address-book.js';
import { runAddressBookContract } from './address-book.contract.js';

runAddressBookContract('InMemoryAddressBook', async () => {
  const subject = new InMemoryAddressBook();
  const book = subject.addBook('/alice/contacts/', 'contacts');
  return { subject, book, bookName: 'contacts', expireCursors: async () => subject.expireCursors(), teardown: async () => undefined };
});
