// Where the pane keeps a CardDAV password the user asked it to remember. Implemented by
// WebCryptoCredentialVault (AES-GCM under a non-extractable key kept in IndexedDB) and the in-memory fake, both
// held to one contract suite. A secret never appears in an error: every method rejects with `StoreError` naming
// the operation only, when the storage or the cipher fails.

export interface CredentialVault {
  /** Keeps `secret` under `id`, replacing what was kept there. */
  put(id: string, secret: string): Promise<void>;
  /**
   * The secret kept under `id`; undefined when none is, or when it can no longer be read (the key was removed
   * with the browser's site data, or the record is damaged): the user is asked for it again then.
   */
  get(id: string): Promise<string | undefined>;
  /** Forgets the secret under `id`; forgetting one that is not there does nothing. */
  delete(id: string): Promise<void>;
}
