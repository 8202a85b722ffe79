// The task pane's root: header (with the account slot filled by the composition root), the view tabs,
// and one error boundary for the whole pane plus one per view.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { ErrorBoundary } from './components/error-boundary.js';
import { LazyView } from './components/lazy-view.js';
import { TabBar, TabPanel, type TabDefinition } from './components/tab-bar.js';
import { useHostTheme } from './hooks/use-host-theme.js';
import { ServicesContext, type UiServices } from './hooks/use-services.js';
import { format, strings } from './strings/strings.js';
import { ContactsView } from './views/contacts/contacts-view.js';
import { MessageView } from './views/message/message-view.js';
import { SettingsView } from './views/settings/settings-view.js';
import { SyncView } from './views/sync/sync-view.js';
import mailIcon from '@fluentui/svg-icons/icons/mail_20_regular.svg?raw';
import peopleIcon from '@fluentui/svg-icons/icons/people_20_regular.svg?raw';
import arrowSyncIcon from '@fluentui/svg-icons/icons/arrow_sync_20_regular.svg?raw';
import arrowSwapIcon from '@fluentui/svg-icons/icons/arrow_swap_20_regular.svg?raw';
import settingsIcon from '@fluentui/svg-icons/icons/settings_20_regular.svg?raw';
import './theme/tokens.css';
import './app.css';
import './theme/touch.css';

/** Import and export carry the mapping presets and libphonenumber-js: loaded when the view is first opened. */
const loadImportExportView = () => import(/* webpackChunkName: "import-export" */ './views/import-export/import-export-view.js').then((module) => module.ImportExportView);

export type ViewId = 'message' | 'contacts' | 'sync' | 'import-export' | 'settings';

/** Built when the pane renders, so the labels are in the language chosen at startup. */
const views = (): readonly (TabDefinition<ViewId> & { readonly render: () => ComponentChildren })[] => [
  { id: 'message', label: strings.views.message, icon: mailIcon, render: () => <MessageView /> },
  { id: 'contacts', label: strings.views.contacts, icon: peopleIcon, render: () => <ContactsView /> },
  { id: 'sync', label: strings.views.sync, icon: arrowSyncIcon, render: () => <SyncView /> },
  { id: 'import-export', label: strings.views.importExport, icon: arrowSwapIcon, render: () => <LazyView load={loadImportExportView} /> },
  { id: 'settings', label: strings.views.settings, icon: settingsIcon, render: () => <SettingsView /> },
];

export interface AppProps {
  readonly services: UiServices;
  /** Rendered at the right of the header: the account bar (sign-in state). */
  readonly accountSlot?: ComponentChildren;
  readonly initialView?: ViewId;
}

function Shell({ services, accountSlot, initialView = 'message' }: AppProps) {
  const [view, setView] = useState<ViewId>(initialView);
  useHostTheme(services.theme);
  const tabs = views();
  return (
    <div class="app">
      {/* Outlook titles the pane with the add-in's name, so the header holds only the account area. */}
      <header class="app__header" aria-label={strings.app.name}>
        <div class="app__account">{accountSlot}</div>
      </header>
      {/* A landmark around the tabs, so every part of the pane sits in one (axe: region). */}
      <nav class="app__nav" aria-label={strings.app.viewsLabel}>
        <TabBar label={strings.app.viewsLabel} tabs={tabs} selected={view} onSelect={setView} />
      </nav>
      <main class="app__main">
        {tabs.filter((each) => each.id === view).map((each) => (
          <TabPanel key={each.id} id={each.id}>
            <ErrorBoundary area={format(strings.error.viewArea, { view: each.label })}>{each.render()}</ErrorBoundary>
          </TabPanel>
        ))}
      </main>
    </div>
  );
}

export function App(props: AppProps) {
  return (
    <ServicesContext.Provider value={props.services}>
      <ErrorBoundary area={strings.app.name}>
        <Shell {...props} />
      </ErrorBoundary>
    </ServicesContext.Provider>
  );
}
