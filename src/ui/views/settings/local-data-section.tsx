// Settings: removing this account's local data (contacts, outbox, settings) from the device, after a confirmation.
import { useState } from 'preact/hooks';
import type { SyncPane } from '../../hooks/use-sync-pane.js';
import { strings } from '../../strings/strings.js';
import deleteIcon from '@fluentui/svg-icons/icons/delete_20_regular.svg?raw';
import { Icon } from '../../components/icon.js';

const s = strings.settings;

export function LocalDataSection({ pane }: { readonly pane: SyncPane }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const remove = async () => {
    setBusy(true);
    try {
      await pane.removeLocalData();
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };
  return (
    <section class="sync-section" aria-labelledby="local-data-heading">
      <h3 class="sync-section__heading" id="local-data-heading">
        {s.localDataHeading}
      </h3>
      <p class="settings-hint">{s.localDataHint}</p>
      {confirming ? (
        <div role="alertdialog" aria-labelledby="local-data-confirm" class="sync-notice">
          <p id="local-data-confirm" class="settings-hint">
            {s.removeLocalDataConfirm}
          </p>
          <button type="button" class="button button--danger" disabled={busy} onClick={() => void remove()}>
            <Icon svg={deleteIcon} />
            {s.removeLocalDataYes}
          </button>{' '}
          <button type="button" class="button" disabled={busy} onClick={() => setConfirming(false)}>
            {s.cancel}
          </button>
        </div>
      ) : (
        <button type="button" class="button" onClick={() => setConfirming(true)}>
          <Icon svg={deleteIcon} />
          {s.removeLocalData}
        </button>
      )}
    </section>
  );
}
