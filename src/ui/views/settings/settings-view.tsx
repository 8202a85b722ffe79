// The Settings view: what the pane knows about its host (theme, mailbox, sign-in capability).
import { useHostTheme } from '../../hooks/use-host-theme.js';
import { useServices } from '../../hooks/use-services.js';
import { format, strings } from '../../strings/strings.js';

export function SettingsView() {
  const { mailbox, theme } = useServices();
  const kind = useHostTheme(theme);
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
    </div>
  );
}
