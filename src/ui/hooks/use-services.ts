// The ports the views read, handed down from the composition root (src/app/taskpane.tsx) through a context.
// Later features add their own optional entries here (mirror store, sync engine, …).
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { HostTheme } from '../../ports/host-theme.js';
import type { MailboxHost } from '../../ports/mailbox-host.js';

export interface UiServices {
  readonly mailbox: MailboxHost;
  readonly theme: HostTheme;
}

export const ServicesContext = createContext<UiServices | undefined>(undefined);

export function useServices(): UiServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('The pane was rendered without its services (ServicesContext is missing).');
  return services;
}
