// @vitest-environment happy-dom
// The Import/Export view rendered in a DOM over a fake export mirror: signed out, the format and folder choice
// sent with Export, the count message, failures, and folder names kept as text.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { GraphId } from '../../../src/core/contact/contact.js';
import type { ExportFormat } from '../../../src/core/mapping/export-format.js';
import type { MirrorFolder } from '../../../src/core/sync/plan-folders.js';
import { ExportMirrorContext } from '../../../src/ui/views/import-export/export-mirror.js';
import type { ExportMirror, ExportMirrorSource, ExportOutcome, FieldNotCarried } from '../../../src/ui/views/import-export/export-mirror.js';
import { ImportExportView } from '../../../src/ui/views/import-export/import-export-view.js';
import { useDomRoot } from '../../support/dom-root.js';

type Request = { readonly format: ExportFormat; readonly folderId?: GraphId };

const folder = (id: string, displayName: string): MirrorFolder => ({ id: id as GraphId, displayName, isDefault: false, mailbox: 'me', readOnly: false });

class FakeExportMirror implements ExportMirror {
  readonly key = 'account-1';
  readonly requests: Request[] = [];
  outcome: ExportOutcome | Error = { fileName: 'contacts-2026-11-25.csv', count: 3 };
  readonly #listeners = new Set<() => void>();
  constructor(public folderList: readonly MirrorFolder[]) {}
  async folders(): Promise<readonly MirrorFolder[]> {
    return this.folderList;
  }
  onChanged(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
  /** A sync brought new folders. */
  synced(folders: readonly MirrorFolder[]): void {
    this.folderList = folders;
    for (const listener of this.#listeners) listener();
  }
  async exportContacts(request: Request): Promise<ExportOutcome> {
    this.requests.push(request);
    if (this.outcome instanceof Error) throw this.outcome;
    return this.outcome;
  }
  async fieldsNotCarried(): Promise<readonly FieldNotCarried[]> {
    return [];
  }
}

const sourceOf = (mirror: ExportMirror | undefined): ExportMirrorSource => ({ current: () => mirror, subscribe: () => () => undefined });

const root = useDomRoot();

function mount(mirror: ExportMirror | undefined): void {
  render(
    <ExportMirrorContext.Provider value={sourceOf(mirror)}>
      <ImportExportView />
    </ExportMirrorContext.Provider>,
    root,
  );
}

const $ = <E extends Element = HTMLElement>(selector: string) => root.querySelector<E>(selector);
const until = (check: () => void) => vi.waitFor(check, { timeout: 5_000, interval: 5 });

function choose(select: HTMLSelectElement | null, value: string): void {
  act(() => {
    if (select === null) throw new Error('No such select.');
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

function clickExport(): void {
  act(() => {
    $<HTMLButtonElement>('button[type="submit"]')?.click();
  });
}

describe('ImportExportView', () => {
  it('asks to sign in when no account is signed in, for export and import', () => {
    mount(undefined);
    expect(root.textContent).toContain('Sign in to export your contacts.');
    expect(root.textContent).toContain('Sign in to import contacts.');
    expect($('form')).toBeNull();
  });

  it('offers the four formats and every folder, names kept as text', async () => {
    mount(new FakeExportMirror([folder('f-1', 'Contacts'), folder('f-2', '<img src=x onerror="alert(1)">Clients')]));
    const formats = [...root.querySelectorAll<HTMLOptionElement>('#export-format option')].map((option) => option.textContent);
    expect(formats).toEqual(['Outlook CSV', 'Google CSV', 'vCard 4.0', 'vCard 3.0']);
    await until(() => expect(root.querySelectorAll('#export-folder option')).toHaveLength(3));
    const folders = [...root.querySelectorAll<HTMLOptionElement>('#export-folder option')].map((option) => option.textContent);
    expect(folders).toEqual(['All folders', 'Contacts', '<img src=x onerror="alert(1)">Clients']);
    expect(root.querySelector('img')).toBeNull();
  });

  it('lists folders a sync brings after the view opened', async () => {
    const mirror = new FakeExportMirror([]);
    mount(mirror);
    await until(() => expect(root.querySelectorAll('#export-folder option')).toHaveLength(1));
    act(() => mirror.synced([folder('f-1', 'Contacts')]));
    await until(() => expect([...root.querySelectorAll('#export-folder option')].map((option) => option.textContent)).toEqual(['All folders', 'Contacts']));
  });

  it('exports in the chosen format and folder and tells how many contacts the file holds', async () => {
    const mirror = new FakeExportMirror([folder('f-1', 'Contacts'), folder('f-2', 'Clients')]);
    mount(mirror);
    await until(() => expect(root.querySelectorAll('#export-folder option')).toHaveLength(3));
    choose($('#export-format'), 'vcard-3.0');
    choose($('#export-folder'), 'f-2');
    clickExport();
    await until(() => expect($('[role="status"]')?.textContent).toBe('Exported 3 contacts to contacts-2026-11-25.csv.'));
    expect(mirror.requests).toEqual([{ format: 'vcard-3.0', folderId: 'f-2' }]);
  });

  it('exports all folders unless one is chosen, and words one contact and none', async () => {
    const mirror = new FakeExportMirror([]);
    mirror.outcome = { fileName: 'contacts-2026-11-25.csv', count: 1 };
    mount(mirror);
    clickExport();
    await until(() => expect($('[role="status"]')?.textContent).toBe('Exported 1 contact to contacts-2026-11-25.csv.'));
    mirror.outcome = { fileName: 'contacts-2026-11-25.csv', count: 0 };
    clickExport();
    await until(() => expect($('[role="status"]')?.textContent).toBe('There are no contacts to export here yet: no file was saved.'));
    expect(mirror.requests).toEqual([{ format: 'outlook-csv' }, { format: 'outlook-csv' }]);
  });

  it('shows why an export failed', async () => {
    const mirror = new FakeExportMirror([]);
    mirror.outcome = new Error('The local database could not be read.');
    mount(mirror);
    clickExport();
    await until(() => expect($('[role="alert"]')?.textContent).toBe('The export failed: The local database could not be read.'));
  });
});
