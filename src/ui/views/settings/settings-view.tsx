// The Settings view: what the pane knows about its host (theme, mailbox, sign-in capability), the contacts
// other users share with the signed-in user (read-only sources) and the account's data on this device.
import { useHostTheme } from '../../hooks/use-host-theme.js';
import { useServices } from '../../hooks/use-services.js';
import { useSyncPane } from '../../hooks/use-sync-pane.js';
import { format, strings } from '../../strings/strings.js';
import '../sync/sync-view.css';
import { LocalDataSection } from './local-data-section.js';
import { SharedSourcesSection } from './shared-sources-section.js';
import './settings-view.css';

export function SettingsView() {
  const { mailbox, theme } = useServices();
  const kind = useHostTheme(theme);
  const pane = useSyncPane();
  const user = mailbox.user();
  const s = strings.settings;
  return (
    <div class="view">
      <h2 class="view__heading">{s.heading}</h2>
      <dl class="facts">
        <dt>{s.user}</dt>
        <dd>{user.displayName ? `${user.displayName} <${user.emailAddress}>` : user.emailAddress}</dd>
        <dt>{s.theme}</dt>
        <dd>{format(s.themeFollowsOutlook, { theme: kind === 'dark' ? s.themeDark : s.themeLight })}</dd>
        <dt>{s.nestedAppAuth}</dt>
        <dd>{mailbox.isSetSupported('NestedAppAuth', '1.1') ? s.supported : s.notSupported}</dd>
      </dl>
      {pane !== undefined && <SharedSourcesSection key={pane.key} pane={pane} />}
      {pane !== undefined && <LocalDataSection key={pane.key} pane={pane} />}
    </div>
  );
}
