// @vitest-environment happy-dom
// Delete with Undo in the Contacts view over a fake mirror: Delete hides the contact at once and shows the bar with
// Undo (focused); Undo brings the contact back and withdraws the outbox entry; Dismiss lets the push send it; once
// the delete has been sent the bar says Undo is no longer possible.
import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContactFields } from '../../../src/core/contact/contact.js';
import { ContactsMirrorContext } from '../../../src/ui/views/contacts/contacts-mirror.js';
import { ContactsView } from '../../../src/ui/views/contacts/contacts-view.js';
import { aContact, aSyncedRow } from '../../fakes/contact-builders.js';
import { useDomRoot } from '../../support/dom-root.js';
import { FakeContactsMirror, folderOf, sourceOf } from './fake-contacts-mirror.js';

const OWN = folderOf('folder-1', 'Contacts', { isDefault: true });
const TEAM = folderOf('folder-3', 'Team directory', { mailbox: 'user:ravi', readOnly: true });
const person = (id: string, displayName: string, extra: Partial<ContactFields> = {}, folderId = OWN.id) =>
  aSyncedRow(id, aContact({ displayName, ...extra }), 'ck-1', { folderId });

const root = useDomRoot();
let mirror: FakeContactsMirror;

const $ = <E extends Element = HTMLElement>(selector: string) => root.querySelector<E>(selector);
const names = () => [...root.querySelectorAll('.contact-list__name')].map((el) => el.textContent);
const buttonNamed = (text: string) => [...root.querySelectorAll<HTMLButtonElement>('button')].find((button) => button.textContent === text);
const rowButton = (name: string) => [...root.querySelectorAll<HTMLButtonElement>('.contact-list__row')].find((button) => button.querySelector('.contact-list__name')?.textContent === name);
const bar = () => $('[data-testid="undo-delete"]');
const until = (check: () => void) => vi.waitFor(check, { timeout: 5_000, interval: 5 });

function mount(): void {
  render(
    <ContactsMirrorContext.Provider value={sourceOf(mirror)}>
      <ContactsView searchDelayMs={0} />
    </ContactsMirrorContext.Provider>,
    root,
  );
}

async function deleteNamed(name: string): Promise<void> {
  await until(() => expect(rowButton(name)).toBeDefined());
  rowButton(name)!.click();
  await until(() => expect(buttonNamed('Delete')).toBeDefined());
  buttonNamed('Delete')!.click();
  await until(() => expect(bar()?.textContent).toContain(`Deleted “${name}”.`));
}

beforeEach(() => {
  mirror = new FakeContactsMirror();
});

describe('Delete with Undo in the Contacts view', () => {
  it('hides the contact at once, queues its delete and puts the focus on Undo', async () => {
    await mirror.seed([OWN], [person('1', 'Ada Lovelace'), person('2', 'Grace Hopper')]);
    mount();
    await deleteNamed('Ada Lovelace');
    await until(() => expect(names()).toEqual(['Grace Hopper']));
    expect((await mirror.store.pending()).map((entry) => entry.op.kind)).toEqual(['delete']);
    expect(bar()?.getAttribute('role')).toBe('status');
    await until(() => expect(document.activeElement).toBe(buttonNamed('Undo')));
  });

  it('brings the contact back on Undo and leaves nothing in the outbox', async () => {
    await mirror.seed([OWN], [person('1', 'Ada Lovelace')]);
    mount();
    await deleteNamed('Ada Lovelace');
    buttonNamed('Undo')!.click();
    await until(() => expect(bar()?.textContent).toContain('Restored “Ada Lovelace”.'));
    await until(() => expect(names()).toEqual(['Ada Lovelace']));
    expect(await mirror.store.countPending()).toBe(0);
    expect(buttonNamed('Undo')).toBeUndefined();
  });

  it('lets the push send the delete at once on Dismiss', async () => {
    await mirror.seed([OWN], [person('1', 'Ada Lovelace')]);
    mount();
    await deleteNamed('Ada Lovelace');
    buttonNamed('Dismiss')!.click();
    await until(() => expect(bar()).toBeNull());
    expect(mirror.released).toHaveLength(1);
    expect((await mirror.store.allRows())[0]?.undoUntil).toBeUndefined();
  });

  it('says Undo is no longer possible once the delete was sent', async () => {
    await mirror.seed([OWN], [person('1', 'Ada Lovelace')]);
    mount();
    await deleteNamed('Ada Lovelace');
    const [row] = await mirror.store.allRows();
    // What the push records before it sends the delete.
    await mirror.store.settle(row!.localId, [], (current) => current && { ...current, deleteSent: true });
    mirror.notifyChanged();
    await until(() => expect(bar()?.textContent).toContain('“Ada Lovelace” was already deleted in Outlook.'));
    expect(buttonNamed('Undo')).toBeUndefined();
  });

  it('releases the earlier delete when another contact is deleted', async () => {
    await mirror.seed([OWN], [person('1', 'Ada Lovelace'), person('2', 'Grace Hopper')]);
    mount();
    await deleteNamed('Ada Lovelace');
    await deleteNamed('Grace Hopper');
    expect(mirror.released.map((ticket) => ticket.localId)).toEqual(['g:1']);
  });

  it('offers no Delete on a contact of a shared read-only folder', async () => {
    await mirror.seed([OWN, TEAM], [person('3', 'Ravi Teammate', {}, TEAM.id)]);
    mount();
    await until(() => expect(rowButton('Ravi Teammate')).toBeDefined());
    rowButton('Ravi Teammate')!.click();
    await until(() => expect($('[data-testid="contact-card"]')).not.toBeNull());
    expect(buttonNamed('Delete')).toBeUndefined();
  });
});
