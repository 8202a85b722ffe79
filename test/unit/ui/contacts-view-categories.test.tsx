// @vitest-environment happy-dom
// The Contacts view's category filter over a fake mirror: the categories the contacts carry are offered as toggle
// buttons, and the one chosen narrows the list together with the search and the folder.
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

const person = (id: string, givenName: string, surname: string, categories: readonly string[], folderId: GraphId = OWN.id, extra: Partial<ContactFields> = {}) =>
  aSyncedRow(id, aContact({ givenName, surname, displayName: `${givenName} ${surname}`, categories: [...categories], ...extra }), 'ck-1', { folderId });

let root: HTMLElement;
let mirror: FakeContactsMirror;

const names = () => [...root.querySelectorAll('.contact-list__name')].map((el) => el.textContent);
const group = () => root.querySelector<HTMLElement>('[role="group"][aria-label="Filter by category"]');
const option = (text: string) => [...(group()?.querySelectorAll<HTMLButtonElement>('button') ?? [])].find((button) => button.textContent === text);
const until = (check: () => void) => vi.waitFor(check, { timeout: 5_000, interval: 5 });

function type(input: HTMLInputElement | HTMLSelectElement, value: string, event = 'input'): void {
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event(event, { bubbles: true }));
  });
}

beforeEach(async () => {
  root = document.createElement('div');
  document.body.append(root);
  mirror = new FakeContactsMirror();
  await mirror.seed(
    [OWN, CLIENTS],
    [person('1', 'Ada', 'Lovelace', ['VIP', 'Red category']), person('2', 'Bob', 'Byron', ['VIP']), person('3', 'Cara', 'Byron', ['VIP'], CLIENTS.id), person('4', 'Dan', 'Plain', [])],
  );
  render(
    <ContactsMirrorContext.Provider value={sourceOf(mirror)}>
      <ContactsView searchDelayMs={0} />
    </ContactsMirrorContext.Provider>,
    root,
  );
  await until(() => expect(names()).toHaveLength(4));
});

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('ContactsView category filter', () => {
  it('offers the categories the contacts carry, All categories chosen first', async () => {
    await until(() => expect([...(group()?.querySelectorAll('button') ?? [])].map((button) => button.textContent)).toEqual(['All categories', 'Red category', 'VIP']));
    expect(option('All categories')?.getAttribute('aria-pressed')).toBe('true');
  });

  it('narrows the list to the chosen category, then with the search and the folder, and shows all again', async () => {
    await until(() => expect(option('VIP')).toBeDefined());
    act(() => option('VIP')?.click());
    await until(() => expect(names()).toEqual(['Ada Lovelace', 'Bob Byron', 'Cara Byron']));
    expect(option('VIP')?.getAttribute('aria-pressed')).toBe('true');
    expect(root.querySelector('[data-testid="contacts-count"]')?.textContent).toBe('3 contacts');
    type(root.querySelector<HTMLInputElement>('#contacts-search')!, 'byr');
    await until(() => expect(names()).toEqual(['Bob Byron', 'Cara Byron']));
    type(root.querySelector<HTMLSelectElement>('#contacts-folder')!, CLIENTS.id, 'change');
    await until(() => expect(names()).toEqual(['Cara Byron']));
    act(() => option('Red category')?.click());
    await until(() => expect(root.textContent).toContain('No contacts match “byr”.'));
    type(root.querySelector<HTMLInputElement>('#contacts-search')!, '');
    await until(() => expect(root.textContent).toContain('No contacts here are in the category “Red category”.'));
    act(() => option('All categories')?.click());
    await until(() => expect(names()).toEqual(['Cara Byron']));
  });
});
