// A MirrorStore that keeps folders and cursors but discards contact rows after planning them: measures the
// engine's own memory while mirroring (in the pane, IndexedDB keeps rows outside the JavaScript heap).
import type { GraphId } from '../src/core/contact/contact.js';
import type { StoredConflict } from '../src/core/sync/conflict-entry.js';
import type { LocalId, MirrorContact } from '../src/core/sync/mirror-contact.js';
import type { FolderPlan, MirrorFolder } from '../src/core/sync/plan-folders.js';
import type { DuplicateKeyRow, FolderSyncState, MatchCandidateRows, MirrorStore, PullPageOutcome, PullPageRequest, Unsubscribe } from '../src/ports/mirror-store.js';

export class DiscardingMirrorStore implements MirrorStore {
  readonly #folders = new Map<GraphId, MirrorFolder>();
  readonly #states = new Map<GraphId, FolderSyncState>();
  written = 0;

  async listFolders(): Promise<readonly MirrorFolder[]> {
    return [...this.#folders.values()];
  }
  async applyFolderPlan(plan: FolderPlan): Promise<void> {
    for (const folder of plan.upserts) this.#folders.set(folder.id, folder);
    for (const id of plan.removed) this.#folders.delete(id);
  }
  async getSyncState(folderId: GraphId): Promise<FolderSyncState | undefined> {
    return this.#states.get(folderId);
  }
  /** Rows are discarded: every folder looks empty, so pages are planned as a first round plans them. */
  async holdsRowsIn(): Promise<boolean> {
    return false;
  }
  async setSyncState(state: FolderSyncState): Promise<void> {
    this.#states.set(state.folderId, state);
  }
  async applyPullPage(folderId: GraphId, request: PullPageRequest, cursor: FolderSyncState): Promise<PullPageOutcome> {
    const actions = request.plan({ rows: new Map(), byGraphId: new Map() }, []);
    this.written += actions.length;
    this.#states.set(folderId, cursor);
    return { written: actions.length, removed: 0, conflicts: 0 };
  }
  async getContact(): Promise<MirrorContact | undefined> {
    return undefined;
  }
  async getContacts(): Promise<ReadonlyMap<LocalId, MirrorContact>> {
    return new Map();
  }
  async listContacts(): Promise<readonly MirrorContact[]> {
    return [];
  }
  async countContacts(): Promise<number> {
    return 0;
  }
  async categoriesInUse(): Promise<readonly string[]> {
    return [];
  }
  async allRows(): Promise<readonly MirrorContact[]> {
    return [];
  }
  async listDuplicateKeys(): Promise<readonly DuplicateKeyRow[]> {
    return [];
  }
  async findByEmail(): Promise<readonly MirrorContact[]> {
    return [];
  }
  async findByPhoneDigits(): Promise<readonly MirrorContact[]> {
    return [];
  }
  async findByNameToken(): Promise<readonly MirrorContact[]> {
    return [];
  }
  async findMatchCandidates(lookups: readonly unknown[]): Promise<readonly MatchCandidateRows[]> {
    return lookups.map(() => ({ byAddress: [], byName: [], byDomain: [] }));
  }
  async listConflicts(): Promise<readonly StoredConflict[]> {
    return [];
  }
  async dismissConflicts(): Promise<void> {}
  async getSetting(): Promise<unknown> {
    return undefined;
  }
  async setSetting(): Promise<void> {}
  watchContacts(): Unsubscribe {
    return () => undefined;
  }
  watchContactCounts(): Unsubscribe {
    return () => undefined;
  }
  watchConflicts(): Unsubscribe {
    return () => undefined;
  }
  async close(): Promise<void> {}
}
