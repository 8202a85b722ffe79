// @vitest-environment happy-dom
// The Duplicates panel of the Contacts view over a fake mirror: finds a group, shows it side by side with the
// differing fields marked, merges with the user's picks through the outbox, and Undo takes the merge back.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContactFields } from '../../../src/core/contact/contact.js';
import { ContactsMirrorContext } from '../../../src/ui/views/contacts/contacts-mirror.js';
import { ContactsView } from '../../../src/ui/views/contacts/contacts-view.js';
import { aSyncedRow } from '../../fakes/contact-builders.js';
import { FakeContactsMirror, folderOf, sourceOf } from './fake-contacts-mirror.js';

const OWN = folderOf('folder-1', 'Contacts', { isDefault: true });
const row = (id: string, fields: ContactFields) => aSyncedRow(id, fields, 'ck-1', { folderId: OWN.id });

let root: HTMLElement;
let mirror: FakeContactsMirror;

const $ = <E extends Element = HTMLElement>(selector: string) => root.querySelector<E>(selector);
const buttonNamed = (text: string) => [...root.querySelectorAll<HTMLButtonElement>('button')].find((button) => button.textContent === text);
const until = (check: () => void) => vi.waitFor(check, { timeout: 5_000, interval: 5 });
const click = (element: Element | null | undefined) => act(() => (element as HTMLElement).click());

beforeEach(async () => {
  root = document.createElement('div');
  document.body.append(root);
  mirror = new FakeContactsMirror();
  await mirror.seed(
    [OWN],
    [
      row('1', { displayName: 'Ada Lovelace', givenName: 'Ada', surname: 'Lovelace', jobTitle: 'Analyst', emailAddresses: [{ address: 'ada@example.com' }] }),
      row('2', { displayName: 'Ada King', givenName: 'Ada', surname: 'King', jobTitle: 'Countess', emailAddresses: [{ address: 'ADA@example.com' }, { address: 'ada@home.example' }], mobilePhone: '+44 7700 900000' }),
      row('3', { displayName: 'Grace Hopper', emailAddresses: [{ address: 'grace@example.com' }] }),
    ],
  );
  render(
    <ContactsMirrorContext.Provider value={sourceOf(mirror)}>
      <ContactsView searchDelayMs={0} />
    </ContactsMirrorContext.Provider>,
    root,
  );
});

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('DuplicatesPanel', () => {
  it('shows a group side by side, merges it with the picked values, and Undo brings every contact back', async () => {
    await until(() => expect(buttonNamed('Find duplicates')).toBeDefined());
    click(buttonNamed('Find duplicates'));
    await until(() => expect($('[data-testid="duplicates-count"]')?.textContent).toBe('1 group of likely duplicates'));
    expect($('.duplicates__reasons')?.textContent).toBe('Grouped by the same e-mail address.');
    const headers = [...root.querySelectorAll('.duplicates__name')].map((el) => el.textContent);
    expect(headers).toEqual(['Ada King', 'Ada Lovelace']);
    const differing = [...root.querySelectorAll('.duplicates__row--differs')].map((el) => el.getAttribute('data-field'));
    expect(differing).toEqual(['surname', 'displayName', 'emailAddresses', 'mobilePhone', 'jobTitle']);
    expect([...root.querySelectorAll('.duplicates__row')].find((el) => el.getAttribute('data-field') === 'givenName')?.classList.contains('duplicates__row--differs')).toBe(false);
    // Ada King has more fields: she is kept by default; the job title is picked from Ada Lovelace.
    expect($<HTMLInputElement>('input[aria-label="Keep Ada King (the others are deleted)"]')?.checked).toBe(true);
    click($('input[aria-label="Use Analyst for Job title"]'));
    click(buttonNamed('Merge into one contact'));
    await until(() => expect($('.duplicates__notice')?.textContent).toContain('Merged 2 contacts into Ada King.'));
    const live = await mirror.store.listContacts();
    expect(live.map((contact) => contact.localId)).toEqual(['g:2', 'g:3']);
    expect(live[0]?.fields).toMatchObject({ jobTitle: 'Analyst', surname: 'King', mobilePhone: '+44 7700 900000', emailAddresses: [{ address: 'ADA@example.com' }, { address: 'ada@home.example' }] });
    expect((await mirror.store.pending()).map((entry) => [entry.localId, entry.op.kind])).toEqual([['g:2', 'update'], ['g:1', 'delete']]);
    expect(mirror.sentMerges).toBe(0);
    click(buttonNamed('Undo'));
    await until(() => expect($('.duplicates__notice')?.textContent).toContain('The merge was undone.'));
    expect((await mirror.store.listContacts()).map((contact) => [contact.localId, contact.fields.jobTitle])).toEqual([['g:2', 'Countess'], ['g:1', 'Analyst'], ['g:3', undefined]]);
    expect(await mirror.store.countPending()).toBe(0);
    await until(() => expect($('[data-testid="duplicates-count"]')?.textContent).toBe('1 group of likely duplicates'));
  });

  it('lets the push send a merge once its notice is closed', async () => {
    await until(() => expect(buttonNamed('Find duplicates')).toBeDefined());
    click(buttonNamed('Find duplicates'));
    await until(() => expect(buttonNamed('Merge into one contact')).toBeDefined());
    click(buttonNamed('Merge into one contact'));
    await until(() => expect(buttonNamed('Undo')).toBeDefined());
    expect($('[data-testid="duplicates-count"]')?.textContent).toBe('No likely duplicates found.');
    click($('.duplicates__notice button[aria-label="Close"]'));
    expect(mirror.sentMerges).toBe(1);
    expect(buttonNamed('Undo')).toBeUndefined();
  });
});
