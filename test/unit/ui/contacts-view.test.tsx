// @vitest-environment happy-dom
// The Contacts view rendered in a DOM over a fake mirror: list, count and window, search, folder filter, card
// with Edit through the mirror, read-only folders, live updates, failures, and untrusted text kept as text.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContactFields, GraphId } from '../../../src/core/contact/contact.js';
import { ContactsMirrorContext } from '../../../src/ui/views/contacts/contacts-mirror.js';
import { ContactsView } from '../../../src/ui/views/contacts/contacts-view.js';
import { aContact, aSyncedRow } from '../../fakes/contact-builders.js';
import { FakeContactsMirror, folderOf, sourceOf } from './fake-contacts-mirror.js';

const OWN = folderOf('folder-1', 'Contacts', { isDefault: true });
const CLIENTS = folderOf('folder-2', 'Clients', { parentFolderId: 'folder-1' as GraphId });
const TEAM = folderOf('folder-3', 'Team directory', { mailbox: 'user:ravi', readOnly: true });

const person = (id: string, givenName: string, surname: string, extra: Partial<ContactFields> = {}, folderId: GraphId = OWN.id) =>
  aSyncedRow(id, aContact({ givenName, surname, displayName: `${givenName} ${surname}`, emailAddresses: [{ address: `${givenName}.${surname}@example.com`.toLowerCase() }], ...extra }), 'ck-1', { folderId });

let root: HTMLElement;
let mirror: FakeContactsMirror;

function mount(options: { pageSize?: number } = {}): void {
  render(
    <ContactsMirrorContext.Provider value={sourceOf(mirror)}>
      <ContactsView pageSize={options.pageSize ?? 200} searchDelayMs={0} />
    </ContactsMirrorContext.Provider>,
    root,
  );
}

const $ = <E extends Element = HTMLElement>(selector: string) => root.querySelector<E>(selector);
const names = () => [...root.querySelectorAll('.contact-list__name')].map((el) => el.textContent);
const countText = () => $('[data-testid="contacts-count"]')?.textContent;
const rowButton = (name: string) => [...root.querySelectorAll<HTMLButtonElement>('.contact-list__row')].find((button) => button.querySelector('.contact-list__name')?.textContent === name);
const buttonNamed = (text: string) => [...root.querySelectorAll<HTMLButtonElement>('button')].find((button) => button.textContent === text);
const until = (check: () => void) => vi.waitFor(check, { timeout: 5_000, interval: 5 });

/** Types like a user: the value, its event, and the re-render it causes before anything else happens. */
function type(input: HTMLInputElement | HTMLSelectElement, value: string, event = 'input'): void {
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event(event, { bubbles: true }));
  });
}

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  mirror = new FakeContactsMirror();
});

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('ContactsView', () => {
  it('lists the mirrored contacts in name order with their count', async () => {
    await mirror.seed([OWN], [person('3', 'Zoe', 'Young'), person('1', 'Ada', 'Lovelace'), person('2', 'Grace', 'Hopper')]);
    mount();
    await until(() => expect(names()).toEqual(['Ada Lovelace', 'Grace Hopper', 'Zoe Young']));
    expect(countText()).toBe('3 contacts');
    expect($('label[for="contacts-search"]')?.textContent).toBe('Search contacts');
    expect(mirror.counts).toEqual([]);
  });

  it('renders one page, adds the next on Show more, and counts every contact', async () => {
    await mirror.seed([OWN], Array.from({ length: 7 }, (_, i) => person(`${i}`, `Person${i}`, 'Test')));
    mount({ pageSize: 3 });
    await until(() => expect(countText()).toBe('Showing 3 of 7 contacts'));
    expect(names()).toEqual(['Person0 Test', 'Person1 Test', 'Person2 Test']);
    buttonNamed('Show 3 more')?.click();
    await until(() => expect(countText()).toBe('Showing 6 of 7 contacts'));
    expect(names()).toHaveLength(6);
    buttonNamed('Show 3 more')?.click();
    await until(() => expect(countText()).toBe('7 contacts'));
    expect(names()).toHaveLength(7);
    expect(buttonNamed('Show 3 more')).toBeUndefined();
  });

  it('renders only the rows in view of a long list, and the arrow keys, Home and End move through every row', async () => {
    await mirror.seed([OWN], Array.from({ length: 300 }, (_, i) => person(`${i}`, `Person${String(i).padStart(3, '0')}`, 'Test')));
    mount({ pageSize: 300 });
    await until(() => expect(countText()).toBe('300 contacts'));
    expect(names().length).toBeGreaterThan(5);
    expect(names().length).toBeLessThan(60);
    const focusedName = () => document.activeElement?.querySelector('.contact-list__name')?.textContent;
    const press = (key: string) => act(() => void document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true })));
    rowButton('Person000 Test')!.focus();
    press('ArrowDown');
    await until(() => expect(focusedName()).toBe('Person001 Test'));
    press('End');
    await until(() => expect(focusedName()).toBe('Person299 Test'));
    expect(names()).not.toContain('Person000 Test');
    press('ArrowUp');
    await until(() => expect(focusedName()).toBe('Person298 Test'));
    press('Home');
    await until(() => expect(focusedName()).toBe('Person000 Test'));
  });

  it('narrows the list by name, e-mail address or phone digits', async () => {
    await mirror.seed([OWN], [person('1', 'Ada', 'Lovelace', { mobilePhone: '+44 20 7946 0958' }), person('2', 'Grace', 'Hopper'), person('3', 'Alan', 'Turing', { emailAddresses: [{ address: 'enigma@bletchley.example' }] })]);
    mount();
    await until(() => expect(names()).toHaveLength(3));
    const search = $<HTMLInputElement>('#contacts-search')!;
    type(search, 'hop');
    await until(() => expect(names()).toEqual(['Grace Hopper']));
    expect(countText()).toBe('1 match');
    type(search, 'enigma');
    await until(() => expect(names()).toEqual(['Alan Turing']));
    type(search, '+44 20 7946');
    await until(() => expect(names()).toEqual(['Ada Lovelace']));
    type(search, 'nobody');
    await until(() => expect(root.textContent).toContain('No contacts match “nobody”.'));
    expect(names()).toEqual([]);
  });

  it('filters by folder, naming nested folders by path and shared ones read-only', async () => {
    await mirror.seed([OWN, CLIENTS, TEAM], [person('1', 'Ada', 'Lovelace'), person('2', 'Bob', 'Client', {}, CLIENTS.id), person('3', 'Ravi', 'Teammate', {}, TEAM.id)]);
    mount();
    await until(() => expect(root.querySelectorAll('#contacts-folder option')).toHaveLength(4));
    const options = [...root.querySelectorAll('#contacts-folder option')].map((option) => option.textContent);
    expect(options).toEqual(['All folders', 'Contacts', 'Clients', 'Team directory (read-only)']);
    type($<HTMLSelectElement>('#contacts-folder')!, TEAM.id, 'change');
    await until(() => expect(names()).toEqual(['Ravi Teammate']));
    expect(rowButton('Ravi Teammate')?.textContent).toContain('Read-only');
  });

  it('opens a contact’s card and saves an edit through the mirror, showing it as not yet saved to Outlook', async () => {
    await mirror.seed([OWN], [person('1', 'Ada', 'Lovelace', { jobTitle: 'Analyst' })]);
    mount();
    await until(() => expect(rowButton('Ada Lovelace')).toBeDefined());
    rowButton('Ada Lovelace')!.click();
    await until(() => expect($('[data-testid="contact-card"]')?.textContent).toContain('Analyst'));
    expect(rowButton('Ada Lovelace')?.getAttribute('aria-expanded')).toBe('true');
    expect($('[data-testid="contact-card"]')?.textContent).toContain('Contacts');
    buttonNamed('Edit')!.click();
    await until(() => expect($('#contact-form-jobTitle')).not.toBeNull());
    type($<HTMLInputElement>('#contact-form-jobTitle')!, 'Chief Analyst');
    $<HTMLFormElement>('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await until(() => expect($('[data-testid="contact-card"]')?.textContent).toContain('Chief Analyst'));
    expect(mirror.edits).toEqual([{ localId: 'g:1', fields: expect.objectContaining({ jobTitle: 'Chief Analyst' }) }]);
    expect((await mirror.store.pending()).map((entry) => entry.op)).toEqual([{ kind: 'update', fields: ['jobTitle'] }]);
    expect($('[data-testid="contact-card"]')?.textContent).toContain('Waiting to be saved to Outlook');
    expect(rowButton('Ada Lovelace')?.textContent).toContain('Not yet saved to Outlook');
  });

  it('moves the keyboard focus into the form on Edit and back to Edit when the form closes', async () => {
    await mirror.seed([OWN], [person('1', 'Ada', 'Lovelace')]);
    mount();
    await until(() => expect(rowButton('Ada Lovelace')).toBeDefined());
    rowButton('Ada Lovelace')!.click();
    await until(() => expect(buttonNamed('Edit')).toBeDefined());
    expect(document.activeElement?.closest('[data-testid="contact-card"]')).toBeNull();
    buttonNamed('Edit')!.click();
    await until(() => expect(document.activeElement?.id).toBe('contact-form-displayName'));
    buttonNamed('Cancel')!.click();
    await until(() => expect(document.activeElement).toBe(buttonNamed('Edit')));
  });

  it('offers no Edit on a contact of a shared read-only folder', async () => {
    await mirror.seed([OWN, TEAM], [person('3', 'Ravi', 'Teammate', {}, TEAM.id)]);
    mount();
    await until(() => expect(rowButton('Ravi Teammate')).toBeDefined());
    rowButton('Ravi Teammate')!.click();
    await until(() => expect($('[data-testid="contact-card"]')?.textContent).toContain('Team directory (read-only)'));
    expect(buttonNamed('Edit')).toBeUndefined();
  });

  it('follows the mirror when a sync adds a contact', async () => {
    await mirror.seed([OWN], [person('1', 'Ada', 'Lovelace')]);
    mount();
    await until(() => expect(countText()).toBe('1 contact'));
    await mirror.seed([OWN], [person('2', 'Brian', 'Kernighan')]);
    await until(() => expect(names()).toEqual(['Ada Lovelace', 'Brian Kernighan']));
    expect(countText()).toBe('2 contacts');
  });

  it('recounts a full window when the mirror changes past it', async () => {
    await mirror.seed([OWN], [person('1', 'Ada', 'Lovelace'), person('2', 'Brian', 'Kernighan')]);
    mount({ pageSize: 1 });
    await until(() => expect(countText()).toBe('Showing 1 of 2 contacts'));
    await mirror.seed([OWN], [person('3', 'Zoe', 'Young')]);
    await until(() => expect(countText()).toBe('Showing 1 of 3 contacts'));
  });

  it('counts a full window once a running sync has finished, not on each page it writes', async () => {
    await mirror.seed([OWN], [person('1', 'Ada', 'Lovelace'), person('2', 'Brian', 'Kernighan')]);
    mirror.setActivity({ state: 'running', contacts: 2 });
    mount({ pageSize: 1 });
    await until(() => expect(countText()).toBe('Showing the first 1 contact'));
    await mirror.seed([OWN], [person('3', 'Zoe', 'Young')]);
    await until(() => expect(names()).toEqual(['Ada Lovelace']));
    expect(mirror.counts).toEqual([]);
    mirror.setActivity({ state: 'idle' });
    await until(() => expect(countText()).toBe('Showing 1 of 3 contacts'));
    expect(mirror.counts).toHaveLength(1);
  });

  it('keeps a contact’s text as text, never markup', async () => {
    await mirror.seed([OWN], [person('1', '<img src=x onerror="alert(1)">', 'Mallory', { companyName: '<b>Evil</b>' })]);
    mount();
    await until(() => expect(names()).toEqual(['<img src=x onerror="alert(1)"> Mallory']));
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('b')).toBeNull();
    expect(rowButton('<img src=x onerror="alert(1)"> Mallory')?.textContent).toContain('<b>Evil</b>');
  });

  it('says the mirror is empty, or being filled by the first sync', async () => {
    mount();
    await until(() => expect(root.textContent).toContain('Your contacts appear here once you are signed in and the first sync has finished.'));
    expect(countText()).toBe('0 contacts');
    render(null, root);
    mirror.setActivity({ state: 'running', contacts: 500 });
    mount();
    await until(() => expect(root.textContent).toContain('Your contacts are being copied from Outlook (500 so far)…'));
  });

  it('shows why the mirror could not be read', async () => {
    mirror.failure = new Error('The database is closed.');
    mount();
    await until(() => expect($('[role="alert"]')?.textContent).toBe('Could not read your contacts: The database is closed.'));
  });

  it('asks to sign in when no account is signed in', async () => {
    render(
      <ContactsMirrorContext.Provider value={sourceOf(undefined)}>
        <ContactsView />
      </ContactsMirrorContext.Provider>,
      root,
    );
    await until(() => expect(root.textContent).toContain('Your contacts appear here once you are signed in'));
    expect($('#contacts-search')).toBeNull();
  });
});
