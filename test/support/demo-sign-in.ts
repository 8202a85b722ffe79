// Browser-test steps shared by the pane's tests: signing in through the demo identity's sign-in dialog, and
// reading what Graph (the emulator) holds, with a minted token, to check what the pane pushed.
import type { BrowserHarness, SimulatorPage } from './browser.js';

/**
 * Presses the pane's Sign in (`signInLabel`, in the pane's language), picks `user` in the demo authority's dialog
 * and waits until the account bar names them.
 */
export async function signInWithDemoDialog(harness: BrowserHarness, sim: SimulatorPage, user: string, timeoutMs = 30_000, signInLabel = 'Sign in'): Promise<void> {
  const button = sim.pane.getByRole('button', { name: signInLabel, exact: true });
  await button.waitFor({ timeout: timeoutMs });
  const dialogOpened = harness.context.waitForEvent('page');
  await button.click();
  const dialog = await dialogOpened;
  await dialog.getByRole('radio', { name: new RegExp(user) }).check();
  await dialog.getByRole('button', { name: 'Sign in' }).click();
  await sim.pane.getByTestId('account-name').filter({ hasText: user }).waitFor({ timeout: timeoutMs });
}

/** How long a browser test waits for the pane's first sync of a seeded mailbox on a busy two-core machine. */
export const SYNC_TIMEOUT_MS = 90_000;

/** Opens the Contacts view and waits until the pane's sync has mirrored `count` contacts. */
export async function openSyncedContacts(sim: SimulatorPage, count: number): Promise<void> {
  await sim.pane.getByRole('tab', { name: 'Contacts' }).click();
  await sim.pane.getByTestId('contacts-count').filter({ hasText: `${count} contacts` }).waitFor({ timeout: SYNC_TIMEOUT_MS });
}

/** The contacts in `owner`'s mailbox on the emulator that have `address` among their e-mail addresses. */
export async function graphContactsWith(harness: BrowserHarness, owner: string, address: string): Promise<Record<string, unknown>[]> {
  const token = harness.emulator.mintToken(owner, ['Contacts.ReadWrite']);
  const filter = encodeURIComponent(`emailAddresses/any(a:a/address eq '${address}')`);
  const response = await harness.context.request.get(`${harness.emulator.graphUrl}/me/contacts?$filter=${filter}`, { headers: { Authorization: `Bearer ${token}` } });
  if (response.status() !== 200) throw new Error(`Graph answered ${response.status()} to the contact query for ${address}`);
  return ((await response.json()) as { value: Record<string, unknown>[] }).value;
}
