// A live window on the mirror's contacts for the Contacts view: the first `limit` matches of a search or folder,
// whether more match, and how many match in all. Large mirrors stay fast: only the window is read on each change;
// the total is counted only when the window is full, once per change at most (one count in flight at a time),
// and not while a sync is writing pages (once it has finished).
import { useEffect, useState } from 'preact/hooks';
import type { GraphId } from '../../../core/contact/contact.js';
import type { MirrorContact } from '../../../core/sync/mirror-contact.js';
import type { ContactQuery } from '../../../ports/mirror-store.js';
import type { ContactsMirror } from './contacts-mirror.js';
import { searchTextOf } from './search-text.js';

export interface ContactFilter {
  readonly text: string;
  readonly folderId: GraphId | undefined;
  readonly category?: string | undefined;
}

export interface ContactWindow {
  /** The first matches in name order; undefined until the mirror answered. */
  readonly rows: readonly MirrorContact[] | undefined;
  readonly more: boolean;
  /** Every match, once counted; undefined while counting. */
  readonly total: number | undefined;
  readonly error: Error | undefined;
}

function queryOf({ text, folderId, category }: ContactFilter): ContactQuery {
  const search = searchTextOf(text);
  return { ...(search !== '' ? { text: search } : {}), ...(folderId !== undefined ? { folderId } : {}), ...(category !== undefined ? { category } : {}) };
}

export function useContactWindow(mirror: ContactsMirror, filter: ContactFilter, limit: number): ContactWindow {
  const [rows, setRows] = useState<readonly MirrorContact[] | undefined>(undefined);
  const [more, setMore] = useState(false);
  // The total is kept with the filter it counted: a new search shows no stale total, "Show more" keeps it.
  const [counted, setCounted] = useState<{ readonly key: string; readonly total: number } | undefined>(undefined);
  const [error, setError] = useState<Error | undefined>(undefined);
  const query = queryOf(filter);
  const key = JSON.stringify(query);

  useEffect(() => {
    let live = true;
    let full = false;
    let counting = false;
    let again = false;
    let afterSync = false;
    const count = (): void => {
      if (!full || !live) return;
      if (mirror.syncActivity().state === 'running') {
        afterSync = true;
        return;
      }
      if (counting) {
        again = true;
        return;
      }
      counting = true;
      mirror
        .countContacts(query)
        .then((total) => live && full && setCounted({ key, total }), (failure: Error) => live && setError(failure))
        .finally(() => {
          counting = false;
          if (again) {
            again = false;
            count();
          }
        });
    };
    const stopWatch = mirror.watchContacts(
      { ...query, limit: limit + 1 },
      (list) => {
        if (!live) return;
        const wasFull = full;
        full = list.length > limit;
        setRows(list.slice(0, limit));
        setMore(full);
        setError(undefined);
        if (!full) setCounted({ key, total: list.length });
        else if (!wasFull) count();
      },
      (failure) => live && setError(failure),
    );
    // Creates and deletes change the total; the window's own changes say nothing of rows past it.
    const stopChanged = mirror.onChanged(count);
    const stopActivity = mirror.onSyncActivity(() => {
      if (!afterSync || mirror.syncActivity().state === 'running') return;
      afterSync = false;
      count();
    });
    return () => {
      live = false;
      stopWatch();
      stopChanged();
      stopActivity();
    };
  }, [mirror, key, limit]);

  return { rows, more, total: counted?.key === key ? counted.total : undefined, error };
}
