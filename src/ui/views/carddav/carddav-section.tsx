// The CardDAV section of the Import/Export view: each server with its password state (Forget removes a
// remembered password) and its pairings, and the form that adds a pairing.
import { useEffect, useState } from 'preact/hooks';
import type { CardDavPane, CardDavServer } from '../../ports/carddav-pane.js';
import { format, strings } from '../../strings/strings.js';
import { ConnectForm } from './connect-form.js';
import { PairingRow } from './pairing-row.js';
import './carddav-section.css';

const s = strings.carddav;

export function CardDavSection({ pane }: { readonly pane: CardDavPane }) {
  const [servers, setServers] = useState<readonly CardDavServer[]>([]);
  const [error, setError] = useState<string | undefined>(undefined);
  useEffect(() => {
    const reload = () => void pane.listServers().then(setServers, (failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)));
    reload();
    return pane.onChanged(reload);
  }, [pane]);

  return (
    <div class="carddav-section">
      {error !== undefined && <p class="import-error" role="alert">{error}</p>}
      <ul class="carddav-servers" aria-label={s.serversLabel}>
        {servers.map((server) => (
          <ServerItem key={server.id} pane={pane} server={server} />
        ))}
      </ul>
      <ConnectForm pane={pane} />
    </div>
  );
}

function ServerItem({ pane, server }: { readonly pane: CardDavPane; readonly server: CardDavServer }) {
  const [hasPassword, setHasPassword] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    void pane.hasPassword(server.id).then(setHasPassword);
  }, [pane, server]);
  const passwordState = hasPassword === false ? s.passwordMissing : server.remember ? s.passwordRemembered : s.passwordThisSession;
  return (
    <li class="carddav-server" data-testid="carddav-server">
      <p class="carddav-server__name">{format(s.serverLabel, { user: server.user, server: server.url })}</p>
      <p class="import-export__hint" data-testid="carddav-password-state">{passwordState}</p>
      <div class="import-form__buttons">
        <button type="button" class="button" disabled={hasPassword === false} onClick={() => void pane.forgetPassword(server.id)}>{s.forgetPassword}</button>
        <button type="button" class="button" onClick={() => void pane.removeServer(server.id)}>{s.removeServer}</button>
      </div>
      <ul class="carddav-pairings">
        {server.pairings.map((pairing) => (
          <PairingRow key={pairing.id} pane={pane} server={server} pairing={pairing} />
        ))}
      </ul>
    </li>
  );
}
