// Settings: the contact folders other users share with the signed-in user, kept read-only ("Add contacts
// shared by…" with the person's address; remove). The permission is asked for on the first add.
import { useEffect, useState } from 'preact/hooks';
import type { SharedSource } from '../../../engine/shared-sources.js';
import type { SyncPane } from '../../hooks/use-sync-pane.js';
import { format, strings } from '../../strings/strings.js';
import addIcon from '@fluentui/svg-icons/icons/add_20_regular.svg?raw';
import dismissIcon from '@fluentui/svg-icons/icons/dismiss_20_regular.svg?raw';
import { Icon } from '../../components/icon.js';

const s = strings.settings;

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export function SharedSourcesSection({ pane }: { readonly pane: SyncPane }) {
  const [sources, setSources] = useState<readonly SharedSource[]>([]);
  const [address, setAddress] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);

  const reload = () => pane.listSharedSources().then(setSources, (failure: unknown) => setError(messageOf(failure)));
  useEffect(() => {
    void reload();
  }, [pane]);

  const add = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await pane.addSharedSource(address);
      setAddress('');
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
      await reload();
    }
  };
  const remove = async (userId: string) => {
    setError(undefined);
    try {
      await pane.removeSharedSource(userId);
    } catch (failure) {
      setError(format(s.sourceRemoveFailed, { message: messageOf(failure) }));
    }
    await reload();
  };

  return (
    <section class="sync-section" aria-labelledby="shared-sources-heading">
      <h3 class="sync-section__heading" id="shared-sources-heading">
        {s.sourcesHeading}
      </h3>
      <p class="settings-hint">{s.sourcesHint}</p>
      {sources.length === 0 ? (
        <p class="empty-state">{s.sourcesEmpty}</p>
      ) : (
        <ul class="source-list" aria-labelledby="shared-sources-heading">
          {sources.map((source) => (
            <li key={source.userId} class="folder-list__item" data-testid="shared-source">
              <span class="folder-list__name">{source.userId}</span>
              <span class="badge">{s.sourceReadOnly}</span>
              <button type="button" class="button" aria-label={format(s.sourceRemoveLabel, { address: source.userId })} onClick={() => void remove(source.userId)}>
                <Icon svg={dismissIcon} />
                {s.sourceRemove}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="source-form" onSubmit={(event) => void add(event)}>
        <label class="source-form__label" for="shared-source-address">
          {s.sourceAddressLabel}
        </label>
        <div class="source-form__row">
          <input
            id="shared-source-address"
            class="source-form__input"
            type="email"
            autoComplete="off"
            placeholder={s.sourceAddressPlaceholder}
            value={address}
            onInput={(event) => setAddress(event.currentTarget.value)}
            required
          />
          <button type="submit" class="button" disabled={busy || address.trim() === ''}>
            <Icon svg={addIcon} />
            {busy ? s.sourceAdding : s.sourceAdd}
          </button>
        </div>
      </form>
      {error !== undefined && (
        <p class="sync-notice sync-notice--error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
