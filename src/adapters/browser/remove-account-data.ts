// Removes one account's local copy from the browser: its IndexedDB databases (the Dexie mirror and any other
// store named after the account) and its settings in localStorage, found by the account key in their names
// (see core/auth/account-key.ts). MSAL's own cache is cleared by the sign-out itself.
import type { AccountKey } from '../../core/auth/account-key.js';
import { belongsToAccount } from '../../core/auth/account-key.js';

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`The local database ${name} could not be deleted.`));
    // Another tab still has it open: the deletion completes when that tab closes it.
    request.onblocked = () => resolve();
  });
}

export async function removeAccountData(key: AccountKey): Promise<void> {
  const databases = await indexedDB.databases();
  await Promise.all(databases.map((db) => db.name).filter((name): name is string => !!name && belongsToAccount(name, key)).map(deleteDatabase));
  for (const storageKey of Object.keys(localStorage)) if (belongsToAccount(storageKey, key)) localStorage.removeItem(storageKey);
}
