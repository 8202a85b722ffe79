// Builders for contacts, mirror rows and server versions used across sync tests.
import type { ClientId, ContactFields, GraphId } from '../../src/core/contact/contact.js';
import { localIdForClient, localIdForGraph } from '../../src/core/sync/mirror-contact.js';
import type { MirrorContact } from '../../src/core/sync/mirror-contact.js';
import type { RemoteContact } from '../../src/core/sync/remote-contact.js';

export const FOLDER = 'folder-1' as GraphId;

export function aContact(fields: Partial<ContactFields> = {}): ContactFields {
  return { givenName: 'Ada', surname: 'Lovelace', emailAddresses: [{ address: 'ada@example.com' }], ...fields };
}

export function aRemote(id: string, fields: ContactFields, extra: Partial<RemoteContact> = {}): RemoteContact {
  return { id: id as GraphId, folderId: FOLDER, changeKey: 'ck-1', lastModifiedDateTime: '2026-01-01T00:00:00Z', fields, ...extra };
}

/** A row in step with the server: base and fields equal. */
export function aSyncedRow(id: string, fields: ContactFields, changeKey = 'ck-1', extra: Partial<MirrorContact> = {}): MirrorContact {
  return {
    localId: localIdForGraph(id as GraphId),
    folderId: FOLDER,
    graphId: id as GraphId,
    fields,
    base: { changeKey, fields, lastModifiedDateTime: '2026-01-01T00:00:00Z' },
    ...extra,
  };
}

/** A row created locally and not yet acknowledged by the server. */
export function aLocalRow(clientId: string, fields: ContactFields, extra: Partial<MirrorContact> = {}): MirrorContact {
  return { localId: localIdForClient(clientId as ClientId), folderId: FOLDER, clientId: clientId as ClientId, fields, localChangedAt: 1, ...extra };
}
