// @vitest-environment happy-dom
// The Import section rendered in a DOM over a fake import mirror: the preview of a chosen file (format, rows,
// problems, matches, file content kept as text), the preset override, a bad file's alert, and the import with
// its options, progress and the report with its download.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { GraphId } from '../../../src/core/contact/contact.js';
import { UserError } from '../../../src/core/errors.js';
import { importReportOf } from '../../../src/core/import/import-report.js';
import type { MirrorFolder } from '../../../src/core/sync/plan-folders.js';
import { ImportSection } from '../../../src/ui/views/import-export/import-section.js';
import type { ChosenFile, ImportMirror, ImportOptions, ImportPreview, ImportReport, RunImportOptions } from '../../../src/ui/views/import-export/import-mirror.js';
import { useDomRoot } from '../../support/dom-root.js';

const folder = (id: string, displayName: string, extra: Partial<MirrorFolder> = {}): MirrorFolder => ({ id: id as GraphId, displayName, isDefault: false, mailbox: 'me', readOnly: false, ...extra });

const PREVIEW: ImportPreview = {
  file: 'google.csv',
  kind: 'csv',
  preset: 'google-csv',
  recognized: true,
  total: 3,
  fileProblems: [],
  rows: [
    { row: 2, name: 'Priya Sharma', email: 'priya@contoso.example', phone: '+91 98765 43210', company: 'Contoso', problems: ['birthday: left out'] },
    { row: 3, name: 'John Doe', email: 'john.doe@fabrikam.example', problems: [], matches: 'John Doe' },
    { row: 4, name: '<img src=x onerror="alert(1)">', problems: ['the row has no name, e-mail address or phone'] },
  ],
};

class FakeImportMirror implements ImportMirror {
  readonly key = 'account-1';
  readonly previews: { file: ChosenFile; options: ImportOptions }[] = [];
  readonly runs: { file: ChosenFile; options: RunImportOptions }[] = [];
  readonly downloads: ImportReport[] = [];
  preview: ImportPreview | Error = PREVIEW;
  finish: ((report: ImportReport) => void) | undefined;
  readonly listeners = new Set<() => void>();
  constructor(public folderList: readonly MirrorFolder[]) {}
  async folders(): Promise<readonly MirrorFolder[]> {
    return this.folderList;
  }
  onChanged(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  /** A sync brought these folders. */
  syncBrings(folders: readonly MirrorFolder[]): void {
    this.folderList = folders;
    for (const listener of this.listeners) listener();
  }
  async previewImport(file: ChosenFile, options: ImportOptions): Promise<ImportPreview> {
    this.previews.push({ file, options });
    if (this.preview instanceof Error) throw this.preview;
    return this.preview;
  }
  runImport(file: ChosenFile, options: RunImportOptions): Promise<ImportReport> {
    this.runs.push({ file, options });
    return new Promise((resolve) => (this.finish = resolve));
  }
  downloadReport(report: ImportReport): void {
    this.downloads.push(report);
  }
}

const root = useDomRoot();
const $ = <E extends Element = HTMLElement>(selector: string) => root.querySelector<E>(selector);
const until = (check: () => void) => vi.waitFor(check, { timeout: 5_000, interval: 5 });
const buttonNamed = (name: string) => [...root.querySelectorAll('button')].find((button) => button.textContent === name);

function chooseFile(name: string, text: string): void {
  const input = $<HTMLInputElement>('#import-file');
  if (input === null) throw new Error('No file input.');
  const file = new File([text], name, { type: 'text/csv' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

function mount(mirror: ImportMirror): void {
  render(<ImportSection mirror={mirror} />, root);
}

describe('ImportSection', () => {
  it('accepts CSV and vCard files', () => {
    mount(new FakeImportMirror([]));
    expect($<HTMLInputElement>('#import-file')?.accept).toBe('.csv,.vcf,.vcard,text/csv,text/vcard');
  });

  it('previews the chosen file: the recognized preset, rows with their problems and matches, content as text', async () => {
    const mirror = new FakeImportMirror([folder('f-1', 'Contacts', { isDefault: true }), folder('f-2', 'Shared', { readOnly: true })]);
    mount(mirror);
    chooseFile('google.csv', 'First Name,Last Name\nPriya,Sharma\n');
    await until(() => expect($('[data-testid="import-preview"]')).not.toBeNull());
    expect(new TextDecoder().decode(mirror.previews[0]?.file.bytes)).toBe('First Name,Last Name\nPriya,Sharma\n');
    expect(mirror.previews[0]?.file.name).toBe('google.csv');
    expect($('[data-testid="import-format"]')?.textContent).toBe('Recognized as Google Contacts CSV.');
    expect($<HTMLSelectElement>('#import-preset')?.value).toBe('google-csv');
    expect($('caption')?.textContent).toBe('The first 3 of 3 contacts in google.csv');
    const cells = (row: number) => [...root.querySelectorAll(`tr[data-row="${row}"] td`)].map((cell) => cell.textContent);
    expect(cells(2)).toEqual(['2', 'Priya Sharma', 'priya@contoso.example', '+91 98765 43210', 'Contoso', 'birthday: left out']);
    expect(cells(3)).toEqual(['3', 'John Doe', 'john.doe@fabrikam.example', '', '', 'matches John Doe']);
    expect(cells(4)?.[1]).toBe('<img src=x onerror="alert(1)">');
    expect(root.querySelector('img')).toBeNull();
    await until(() => expect([...root.querySelectorAll('#import-folder option')].map((option) => option.textContent)).toEqual(['Contacts']));
    expect([...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')].map((radio) => [radio.value, radio.checked])).toEqual([
      ['skip', true],
      ['update', false],
      ['create', false],
    ]);
  });

  it('reads the file again with the preset the user chooses', async () => {
    const mirror = new FakeImportMirror([folder('f-1', 'Contacts')]);
    mount(mirror);
    chooseFile('contacts.csv', 'a,b\n1,2\n');
    await until(() => expect($('#import-preset')).not.toBeNull());
    act(() => {
      const select = $<HTMLSelectElement>('#import-preset');
      if (select === null) throw new Error('No preset select.');
      select.value = 'outlook-csv';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await until(() => expect(mirror.previews.map((each) => each.options)).toEqual([{}, { preset: 'outlook-csv' }]));
  });

  it('shows a bad file’s error with what to do, and imports nothing', async () => {
    const mirror = new FakeImportMirror([folder('f-1', 'Contacts')]);
    mirror.preview = new UserError('“bad-header-only.csv” has only a header row: there are no contacts in it.', undefined, 'Export the contacts again, with the contacts selected.');
    mount(mirror);
    chooseFile('bad-header-only.csv', 'First Name,Last Name\n');
    await until(() => expect($('[role="alert"]')?.textContent).toBe('“bad-header-only.csv” has only a header row: there are no contacts in it.Export the contacts again, with the contacts selected.'));
    expect($('[data-testid="import-preview"]')).toBeNull();
    expect(buttonNamed('Import')).toBeUndefined();
    expect(mirror.runs).toEqual([]);
  });

  it('lists the folders a sync brings after the section opened', async () => {
    const mirror = new FakeImportMirror([]);
    mount(mirror);
    chooseFile('google.csv', 'x');
    await until(() => expect($('[data-testid="import-preview"]')).not.toBeNull());
    expect(root.querySelectorAll('#import-folder option')).toHaveLength(0);
    act(() => mirror.syncBrings([folder('f-1', 'Contacts', { isDefault: true }), folder('f-2', 'Shared', { readOnly: true }), folder('f-3', 'Clients')]));
    await until(() => expect([...root.querySelectorAll('#import-folder option')].map((option) => option.textContent)).toEqual(['Contacts', 'Clients']));
    render(null, root);
    expect(mirror.listeners.size).toBe(0);
  });

  it('imports with the chosen folder and duplicate choice, shows progress, then the report and its download', async () => {
    const mirror = new FakeImportMirror([folder('f-1', 'Contacts', { isDefault: true }), folder('f-2', 'Clients')]);
    mount(mirror);
    chooseFile('google.csv', 'x');
    await until(() => expect(root.querySelectorAll('#import-folder option')).toHaveLength(2));
    act(() => {
      const select = $<HTMLSelectElement>('#import-folder');
      if (select === null) throw new Error('No folder select.');
      select.value = 'f-2';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    act(() => {
      $<HTMLInputElement>('input[value="update"]')?.click();
    });
    act(() => {
      buttonNamed('Import')?.click();
    });
    await until(() => expect(mirror.runs).toHaveLength(1));
    expect(mirror.runs[0]?.options).toMatchObject({ folderId: 'f-2', onMatch: 'update' });
    expect(mirror.runs[0]?.options.preset).toBeUndefined();
    act(() => mirror.runs[0]?.options.onProgress?.({ done: 1, total: 3 }));
    await until(() => expect($<HTMLProgressElement>('progress[aria-label="Import progress"]')?.value).toBe(1));
    expect($('[role="status"]')?.textContent).toBe('Importing 1 of 3…');
    const report = importReportOf('google.csv', [
      { row: 2, outcome: 'created', name: 'Priya Sharma' },
      { row: 3, outcome: 'updated', name: 'John Doe' },
      { row: 4, outcome: 'rejected', reason: 'the row has no name, e-mail address or phone' },
      { row: 5, outcome: 'skipped', reason: 'matches an existing contact' },
    ], []);
    act(() => mirror.finish?.(report));
    await until(() => expect($('[data-testid="import-report"] [role="status"]')?.textContent).toBe('Created 1, updated 1, skipped 1, rejected 1.'));
    expect($('progress')).toBeNull();
    const rows = [...root.querySelectorAll('[data-testid="import-report"] tbody tr')].map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['4', 'rejected', 'the row has no name, e-mail address or phone'],
      ['5', 'skipped', 'matches an existing contact'],
    ]);
    act(() => {
      buttonNamed('Download report (CSV)')?.click();
    });
    expect(mirror.downloads).toEqual([report]);
  });
});
