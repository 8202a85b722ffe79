import { describe, expect, it } from 'vitest';
import type { GraphId } from '../../../../src/core/contact/contact.js';
import type { ImportDraft } from '../../../../src/core/import/import-draft.js';
import { clientIdForImport, fileIdentityOf, importKeyOf } from '../../../../src/core/import/import-key.js';
import { planImport, planImportSteps } from '../../../../src/core/import/plan-import.js';
import type { OnMatch } from '../../../../src/core/import/plan-import.js';
import { localIdForClient } from '../../../../src/core/sync/mirror-contact.js';
import { aLocalRow, aSyncedRow, FOLDER } from '../../../fakes/contact-builders.js';

const SHARED = 'shared' as GraphId;
const FOLDERS = [
  { id: FOLDER, displayName: 'Contacts', isDefault: true, mailbox: 'me', readOnly: false },
  { id: SHARED, displayName: 'Team', isDefault: false, mailbox: 'boss', readOnly: true },
];
const IDENTITY = fileIdentityOf('c.csv', new TextEncoder().encode('x'));
const draft = (fields: ImportDraft['fields']): ImportDraft => ({ file: 'c.csv', row: 2, fields, present: Object.keys(fields) as ImportDraft['present'], problems: [] });
const earlier = draft({ givenName: 'Old', emailAddresses: [{ address: 'old@x.example' }] });

const ROWS = [
  aSyncedRow('g-1', { displayName: 'Ann Lee', emailAddresses: [{ address: 'ann@x.example' }] }),
  aSyncedRow('g-2', { displayName: 'Bo Chan', companyName: 'Acme' }),
  aSyncedRow('g-3', { displayName: 'Bo Chan', companyName: 'Acme' }),
  { ...aSyncedRow('g-4', { displayName: 'Cy Doe', emailAddresses: [{ address: 'cy@x.example' }] }), folderId: SHARED },
  { ...aLocalRow(clientIdForImport(importKeyOf(IDENTITY, earlier)), earlier.fields), deleted: true },
];

describe('planImport', () => {
  it.each<[string, ImportDraft['fields'], OnMatch, string, string | undefined]>([
    ['a shared address, case aside', { emailAddresses: [{ address: 'ANN@x.example' }], jobTitle: 'CTO' }, 'update', 'update', undefined],
    ['a shared address, nothing new', { emailAddresses: [{ address: 'ann@x.example' }] }, 'update', 'skip', 'the contact already has these values'],
    ['a shared address, skip chosen', { emailAddresses: [{ address: 'ann@x.example' }], jobTitle: 'CTO' }, 'skip', 'skip', 'matches an existing contact'],
    ['a shared address, create chosen', { emailAddresses: [{ address: 'ann@x.example' }] }, 'create', 'create', undefined],
    ['a name and company two contacts share', { displayName: 'Chan Bo', companyName: 'ACME' }, 'update', 'skip', 'matches 2 contacts: which one to update is not clear'],
    ['a contact in a read-only folder', { emailAddresses: [{ address: 'cy@x.example' }], jobTitle: 'x' }, 'update', 'skip', 'matches a contact in a read-only folder'],
    ['a name alone that is too weak to match', { givenName: 'Ann' }, 'update', 'create', undefined],
    ['a row an earlier run created (and the user deleted since)', earlier.fields, 'create', 'skip', 'imported by an earlier run of this file'],
  ])('decides for %s', (_, fields, onMatch, kind, reason) => {
    const [decision] = planImport([draft(fields)], { rows: ROWS, folders: FOLDERS }, { onMatch, folderId: FOLDER }, IDENTITY);
    expect(decision?.kind).toBe(kind);
    expect(decision && 'reason' in decision ? decision.reason : undefined).toBe(reason);
  });

  it('gives a row the same key on every run, and another file other keys', () => {
    const plan = (identity: string) => planImport([draft({ givenName: 'Zed' })], { rows: [], folders: FOLDERS }, { onMatch: 'create', folderId: FOLDER }, identity)[0];
    expect(plan(IDENTITY)).toEqual(plan(IDENTITY));
    expect(plan(IDENTITY)?.key).not.toBe(plan(fileIdentityOf('c.csv', new TextEncoder().encode('y')))?.key);
    expect(plan(IDENTITY)).toMatchObject({ kind: 'create', localId: localIdForClient(clientIdForImport(plan(IDENTITY)?.key ?? '')) });
  });

  it('plans in slices exactly what it plans in one go, yielding once per slice of mirror rows and of drafts', () => {
    const drafts = [
      { ...draft({ emailAddresses: [{ address: 'ann@x.example' }], jobTitle: 'CTO' }), row: 2 },
      { ...draft({ givenName: 'Zed', surname: 'Ray', companyName: 'Q' }), row: 3 },
      { ...draft({ displayName: 'Zed Ray', companyName: 'q' }), row: 4 },
      earlier,
    ];
    const steps = planImportSteps(drafts, { rows: ROWS, folders: FOLDERS }, { onMatch: 'update', folderId: FOLDER }, IDENTITY, 2);
    let yields = 0;
    let step = steps.next();
    while (step.done !== true) {
      yields += 1;
      step = steps.next();
    }
    expect(yields).toBe(Math.floor(ROWS.length / 2) + Math.floor(drafts.length / 2));
    expect(step.value).toEqual(planImport(drafts, { rows: ROWS, folders: FOLDERS }, { onMatch: 'update', folderId: FOLDER }, IDENTITY));
    expect(step.value.map((decision) => decision.kind)).toEqual(['update', 'create', 'skip', 'skip']);
  });
});
