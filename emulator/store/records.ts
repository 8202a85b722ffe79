// The records a mailbox holds, as plain data (so the whole state serialises to JSON for `--state`).

/** Contact properties as Graph names them, already validated (see graph/contact-json.ts). */
export type ContactProps = Record<string, unknown>;

export interface StoredPhoto {
  readonly contentType: string;
  /** Base64 of the image bytes. */
  readonly data: string;
  readonly width: number;
  readonly height: number;
}

export interface OpenExtension {
  readonly extensionName: string;
  readonly data: Record<string, unknown>;
}

export interface ExtendedProperty {
  readonly id: string;
  readonly value: string;
}

export interface StoredContact {
  readonly id: string;
  readonly folderId: string;
  props: ContactProps;
  readonly createdDateTime: string;
  lastModifiedDateTime: string;
  changeKey: string;
  /** Writes so far; the change key derives from it. */
  version: number;
  /** Mailbox sequence number of the last write: orders the delta log. */
  seq: number;
  extensions: OpenExtension[];
  extendedProperties: ExtendedProperty[];
  photo?: StoredPhoto;
}

export interface StoredFolder {
  readonly id: string;
  displayName: string;
  readonly parentFolderId: string;
  seq: number;
  readonly isDefault: boolean;
  extendedProperties: ExtendedProperty[];
}

export interface Tombstone {
  readonly id: string;
  readonly folderId: string;
  readonly seq: number;
}

export interface MasterCategory {
  readonly id: string;
  readonly displayName: string;
  readonly color: string;
}

/** One mailbox as written to the state file. */
export interface MailboxSnapshot {
  readonly ownerId: string;
  readonly seq: number;
  readonly idCounter: number;
  readonly deltaEpoch: number;
  readonly rootId: string;
  readonly defaultFolderId: string;
  readonly folders: readonly StoredFolder[];
  readonly contacts: readonly StoredContact[];
  readonly tombstones: readonly Tombstone[];
  readonly folderTombstones: readonly Tombstone[];
  readonly categories: readonly MasterCategory[];
}
