// A server version of a contact as the planners read it (the ContactsRemote port's RemoteContact has this shape).
import type { ClientId, ContactFields, GraphId } from '../contact/contact.js';

export interface RemoteContactVersion {
  readonly id: GraphId;
  readonly folderId: GraphId;
  readonly changeKey: string;
  readonly lastModifiedDateTime: string;
  readonly clientId?: ClientId;
  readonly fields: ContactFields;
}
