// A contact as the server holds it: what the pull planners read and what the ContactsRemote port answers
// (the port re-exports it from here, so core and the port share one definition).
import type { ClientId, ContactFields, GraphId } from '../contact/contact.js';

export interface RemoteContact {
  readonly id: GraphId;
  readonly folderId: GraphId;
  /** Changes on every write on the server; the version our base records. */
  readonly changeKey: string;
  readonly lastModifiedDateTime: string;
  /** The client id Contact Bridge stored on the contact when it created it, if any. */
  readonly clientId?: ClientId;
  readonly fields: ContactFields;
}
