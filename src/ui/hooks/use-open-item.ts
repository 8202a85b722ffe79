// The item open in Outlook, re-read when the selection or the compose recipients change.
// Reads can finish out of order (a slow read of an older item): only the latest read is kept.
import { useEffect, useState } from 'preact/hooks';
import type { MailboxHost, OpenItem } from '../../ports/mailbox-host.js';

export type OpenItemState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly item: OpenItem | null }
  | { readonly status: 'failed'; readonly error: Error };

export function useOpenItem(mailbox: MailboxHost): OpenItemState {
  const [state, setState] = useState<OpenItemState>({ status: 'loading' });
  useEffect(() => {
    let latest = 0;
    let active = true;
    const read = () => {
      latest += 1;
      const mine = latest;
      setState((previous) => (previous.status === 'ready' ? previous : { status: 'loading' }));
      mailbox.currentItem().then(
        (item) => {
          if (active && mine === latest) setState({ status: 'ready', item });
        },
        (error: unknown) => {
          if (active && mine === latest) setState({ status: 'failed', error: error instanceof Error ? error : new Error(String(error)) });
        },
      );
    };
    read();
    const offItem = mailbox.onItemChanged(read);
    const offRecipients = mailbox.onRecipientsChanged(read);
    return () => {
      active = false;
      offItem();
      offRecipients();
    };
  }, [mailbox]);
  return state;
}
