// @vitest-environment happy-dom
// Folder commands in the Contacts view over a fake mirror and a fake Graph: New folder shows and selects the new
// folder, Rename renames the one chosen, a taken name is refused beside the form, and Delete counts the contacts it
// would take (its subfolders' included) and asks before deleting anything.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { GraphId } from '../../../src/core/contact/contact.js';
import { ContactsMirrorContext } from '../../../src/ui/views/contacts/contacts-mirror.js';
import { ContactsView } from '../../../src/ui/views/contacts/contacts-view.js';
import { aContact, aSyncedRow } from '../../fakes/contact-builders.js';
import { useDomRoot } from '../../support/dom-root.js';
import { FakeContactsMirror, folderOf, sourceOf } from './fake-contacts-mirror.js';

const root = useDomRoot();
let mirror: FakeContactsMirror;
let work: GraphId;
let clients: GraphId;

const $ = <E extends Element = HTMLElement>(selector: string) => root.querySelector<E>(selector);
const buttonNamed = (text: string) => [...root.querySelectorAll<HTMLButtonElement>('button')].find((button) => button.textContent === text);
const folderOptions = () => [...root.querySelectorAll<HTMLOptionElement>('#contacts-folder option')].map((option) => option.textContent);
const until = (check: () => void) => vi.waitFor(check, { timeout: 5_000, interval: 5 });

function type(input: HTMLInputElement | HTMLSelectElement, value: string, event = 'input'): void {
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event(event, { bubbles: true }));
  });
}

function mount(): void {
  render(
    <ContactsMirrorContext.Provider value={sourceOf(mirror)}>
      <ContactsView searchDelayMs={0} />
    </ContactsMirrorContext.Provider>,
    root,
  );
}

beforeEach(async () => {
  mirror = new FakeContactsMirror();
  const own = mirror.remote.defaultFolderId;
  work = mirror.remote.addFolder('Work', false, own);
  clients = mirror.remote.addFolder('Clients', false, work);
  const row = (id: string, folderId: GraphId) => aSyncedRow(id, aContact({ displayName: `Person ${id}` }), 'ck-1', { folderId });
  await mirror.seed(
    [folderOf(own, 'Contacts', { isDefault: true }), folderOf(work, 'Work', { parentFolderId: own }), folderOf(clients, 'Clients', { parentFolderId: work })],
    [row('1', own), row('2', work), row('3', clients), row('4', clients)],
  );
});

describe('folder commands in the Contacts view', () => {
  it('creates a folder in Outlook and the mirror, and shows it chosen', async () => {
    mount();
    await until(() => expect(buttonNamed('New folder')?.disabled).toBe(false));
    buttonNamed('New folder')!.click();
    await until(() => expect(document.activeElement?.id).toBe('folder-name'));
    type($<HTMLInputElement>('#folder-name')!, 'Suppliers');
    $<HTMLFormElement>('form[aria-label="New folder"]')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await until(() => expect(folderOptions()).toContain('Suppliers'));
    const made = [...mirror.remote.folders.values()].find((folder) => folder.displayName === 'Suppliers');
    expect(made).toBeDefined();
    await until(() => expect($<HTMLSelectElement>('#contacts-folder')!.value).toBe(made!.id));
    expect(buttonNamed('Rename folder')).toBeDefined();
  });

  it('refuses a taken name beside the form and sends nothing', async () => {
    mount();
    await until(() => expect(buttonNamed('New folder')?.disabled).toBe(false));
    buttonNamed('New folder')!.click();
    await until(() => expect($('#folder-name')).not.toBeNull());
    type($<HTMLInputElement>('#folder-name')!, 'work');
    $<HTMLFormElement>('form[aria-label="New folder"]')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await until(() => expect($('.folder-actions__form [role="alert"]')?.textContent).toBe('Could not change the folder: A folder named “work” already exists here.'));
    expect(mirror.remote.calls.folderWrite).toBe(0);
  });

  it('offers Rename and Delete only for a folder of the user’s own other than Contacts, and renames it', async () => {
    mount();
    await until(() => expect($('#contacts-folder')).not.toBeNull());
    expect(buttonNamed('Rename folder')).toBeUndefined();
    type($<HTMLSelectElement>('#contacts-folder')!, mirror.remote.defaultFolderId, 'change');
    await until(() => expect(buttonNamed('New folder')).toBeDefined());
    expect(buttonNamed('Rename folder')).toBeUndefined();
    type($<HTMLSelectElement>('#contacts-folder')!, clients, 'change');
    await until(() => expect(buttonNamed('Rename folder')).toBeDefined());
    buttonNamed('Rename folder')!.click();
    await until(() => expect($<HTMLInputElement>('#folder-name')?.value).toBe('Clients'));
    type($<HTMLInputElement>('#folder-name')!, 'Customers');
    $<HTMLFormElement>('.folder-actions__form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await until(() => expect(folderOptions()).toContain('Work › Customers'));
    expect(mirror.remote.folders.get(clients)?.displayName).toBe('Customers');
  });

  it('counts the contacts a delete takes, its subfolders’ included, and deletes only once confirmed', async () => {
    mount();
    await until(() => expect($('#contacts-folder')).not.toBeNull());
    type($<HTMLSelectElement>('#contacts-folder')!, work, 'change');
    await until(() => expect(buttonNamed('Delete folder')).toBeDefined());
    buttonNamed('Delete folder')!.click();
    const dialog = () => $('[data-testid="delete-folder"]');
    await until(() => expect(dialog()?.textContent).toContain('Delete “Work”? Contacts deleted with it: 3.'));
    expect(dialog()?.getAttribute('role')).toBe('alertdialog');
    expect(dialog()?.textContent).toContain('Its subfolders (1) go with it');
    expect(document.activeElement).toBe(buttonNamed('Cancel'));
    buttonNamed('Cancel')!.click();
    await until(() => expect(dialog()).toBeNull());
    expect(mirror.remote.folders.has(work)).toBe(true);
    buttonNamed('Delete folder')!.click();
    await until(() => expect(buttonNamed('Delete folder and contacts')?.disabled).toBe(false));
    buttonNamed('Delete folder and contacts')!.click();
    await until(() => expect(folderOptions()).toEqual([]));
    expect(mirror.remote.folders.has(work)).toBe(false);
    expect((await mirror.store.listContacts()).map((contact) => contact.fields.displayName)).toEqual(['Person 1']);
  });
});
