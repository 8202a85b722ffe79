// @vitest-environment happy-dom
// New contact in the Contacts view over a fake mirror: the button and Alt+N open the editor empty in the folder
// shown (or the default folder when that one is read-only), Save queues one create and opens the new contact's card.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { GraphId } from '../../../src/core/contact/contact.js';
import { ContactsMirrorContext } from '../../../src/ui/views/contacts/contacts-mirror.js';
import { ContactsView, isNewContactKey } from '../../../src/ui/views/contacts/contacts-view.js';
import { useDomRoot } from '../../support/dom-root.js';
import { FakeContactsMirror, folderOf, sourceOf } from './fake-contacts-mirror.js';

const OWN = folderOf('folder-1', 'Contacts', { isDefault: true });
const CLIENTS = folderOf('folder-2', 'Clients', { parentFolderId: 'folder-1' as GraphId });
const TEAM = folderOf('folder-3', 'Team directory', { mailbox: 'user:ravi', readOnly: true });

const root = useDomRoot();
let mirror: FakeContactsMirror;

const $ = <E extends Element = HTMLElement>(selector: string) => root.querySelector<E>(selector);
const buttonNamed = (text: string) => [...root.querySelectorAll<HTMLButtonElement>('button')].find((button) => button.textContent === text);
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

const submit = () => $<HTMLFormElement>('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));

beforeEach(() => {
  mirror = new FakeContactsMirror();
});

describe('New contact in the Contacts view', () => {
  it('names its shortcut on the button and opens the editor empty, focused, in the default folder', async () => {
    await mirror.seed([OWN, CLIENTS], []);
    mount();
    await until(() => expect(buttonNamed('New contact')?.disabled).toBe(false));
    const button = buttonNamed('New contact')!;
    expect(button.getAttribute('aria-keyshortcuts')).toBe('Alt+N');
    expect(button.title).toBe('New contact (Alt+N)');
    button.click();
    await until(() => expect($('form[aria-label="New contact"]')).not.toBeNull());
    expect($<HTMLInputElement>('#contact-form-displayName')!.value).toBe('');
    expect($<HTMLSelectElement>('#new-contact-folder')!.value).toBe(OWN.id);
    await until(() => expect(document.activeElement?.id).toBe('contact-form-displayName'));
    expect(buttonNamed('New contact')).toBeUndefined();
  });

  it('saves through the mirror in the folder shown, queues one create and opens the new card', async () => {
    await mirror.seed([OWN, CLIENTS], []);
    mount();
    await until(() => expect($('#contacts-folder')).not.toBeNull());
    type($<HTMLSelectElement>('#contacts-folder')!, CLIENTS.id, 'change');
    await until(() => expect(buttonNamed('New contact')?.disabled).toBe(false));
    buttonNamed('New contact')!.click();
    await until(() => expect($('#contact-form-givenName')).not.toBeNull());
    expect($<HTMLSelectElement>('#new-contact-folder')!.value).toBe(CLIENTS.id);
    type($<HTMLInputElement>('#contact-form-givenName')!, 'Grace');
    type($<HTMLInputElement>('#contact-form-surname')!, 'Hopper');
    type($<HTMLInputElement>('#contact-form-email')!, 'grace@navy.example');
    submit();
    await until(() => expect($('[data-testid="contact-card"]')?.textContent).toContain('Grace Hopper'));
    expect(mirror.creates).toEqual([{ folderId: CLIENTS.id, fields: expect.objectContaining({ givenName: 'Grace', surname: 'Hopper', emailAddresses: [{ address: 'grace@navy.example' }] }) }]);
    expect((await mirror.store.pending()).map((entry) => entry.op)).toEqual([{ kind: 'create' }]);
    expect($('form[aria-label="New contact"]')).toBeNull();
  });

  it('opens on Alt+N, offers only writable folders, and a shared read-only folder shown falls back to the default folder', async () => {
    await mirror.seed([OWN, CLIENTS, TEAM], []);
    mount();
    await until(() => expect($('#contacts-folder')).not.toBeNull());
    type($<HTMLSelectElement>('#contacts-folder')!, TEAM.id, 'change');
    await until(() => expect(buttonNamed('New contact')?.disabled).toBe(false));
    act(() => {
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', code: 'KeyN', altKey: true, bubbles: true }));
    });
    await until(() => expect($('#new-contact-folder')).not.toBeNull());
    const folder = $<HTMLSelectElement>('#new-contact-folder')!;
    expect(folder.value).toBe(OWN.id);
    expect([...folder.options].map((option) => option.value)).toEqual([OWN.id, CLIENTS.id]);
  });

  it('cancels without writing anything', async () => {
    await mirror.seed([OWN], []);
    mount();
    await until(() => expect(buttonNamed('New contact')?.disabled).toBe(false));
    buttonNamed('New contact')!.click();
    await until(() => expect(buttonNamed('Cancel')).toBeDefined());
    buttonNamed('Cancel')!.click();
    await until(() => expect(buttonNamed('New contact')).toBeDefined());
    expect(await mirror.store.pending()).toEqual([]);
  });

  it('is unavailable until the mirror has a writable folder', async () => {
    mount();
    await until(() => expect(buttonNamed('New contact')).toBeDefined());
    expect(buttonNamed('New contact')!.disabled).toBe(true);
  });
});

describe('isNewContactKey', () => {
  it.each([
    [{ altKey: true, ctrlKey: false, metaKey: false, shiftKey: false, code: 'KeyN' }, true],
    [{ altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, code: 'KeyN' }, false],
    [{ altKey: true, ctrlKey: true, metaKey: false, shiftKey: false, code: 'KeyN' }, false],
    [{ altKey: true, ctrlKey: false, metaKey: false, shiftKey: true, code: 'KeyN' }, false],
    [{ altKey: true, ctrlKey: false, metaKey: false, shiftKey: false, code: 'KeyM' }, false],
  ])('%o → %s', (event, expected) => {
    expect(isNewContactKey(event)).toBe(expected);
  });
});
