// A browser test page: the Office adapters over the simulator's Office.js shim (which, opened on its own page,
// makes its own simulated host), published on `window` so a Node test can call them through `page.evaluate`.
import { OfficeHostDialog } from '../../../src/adapters/office/office-host-dialog.js';
import { OfficeMailboxHost } from '../../../src/adapters/office/office-mailbox-host.js';

export interface OfficeAdaptersPageApi {
  readonly host: OfficeMailboxHost;
  readonly dialog: OfficeHostDialog;
  /** Registers a counting listener; returns its id. */
  probe(kind: 'item' | 'recipients'): string;
  count(id: string): number;
  unsubscribe(id: string): void;
}

const host = new OfficeMailboxHost();
const counts = new Map<string, number>();
const unsubscribers = new Map<string, () => void>();
let nextId = 0;

const api: OfficeAdaptersPageApi = {
  host,
  dialog: new OfficeHostDialog(),
  probe(kind) {
    nextId += 1;
    const id = `${kind}-${nextId}`;
    counts.set(id, 0);
    const listener = () => counts.set(id, (counts.get(id) ?? 0) + 1);
    unsubscribers.set(id, kind === 'item' ? host.onItemChanged(listener) : host.onRecipientsChanged(listener));
    return id;
  },
  count: (id) => counts.get(id) ?? 0,
  unsubscribe(id) {
    unsubscribers.get(id)?.();
    unsubscribers.delete(id);
  },
};

(window as unknown as { officeAdapters: OfficeAdaptersPageApi }).officeAdapters = api;
