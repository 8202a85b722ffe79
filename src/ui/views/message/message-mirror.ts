// The Message view's mirror (its interface is in src/ui/ports/), handed down by the composition root through a context.
import { createContext } from 'preact';
import { useAccountSource } from '../../hooks/use-account-source.js';
import type { AccountSource } from '../../hooks/use-account-source.js';
import { useExternalValue } from '../../hooks/use-external-value.js';
import type { MessageMirror, SyncActivity } from '../../ports/message-mirror.js';

export type { MessageMirror, OrganizationPerson, SyncActivity } from '../../ports/message-mirror.js';

export type MessageMirrorSource = AccountSource<MessageMirror>;

export const MessageMirrorContext = createContext<MessageMirrorSource | undefined>(undefined);

/** The signed-in account's mirror, re-rendering when the account changes; undefined without one. */
export function useMessageMirror(): MessageMirror | undefined {
  return useAccountSource(MessageMirrorContext);
}

const IDLE: SyncActivity = { state: 'idle' };

/** The mirror's sync activity, re-rendering as it changes. */
export function useSyncActivity(mirror: Pick<MessageMirror, 'syncActivity' | 'onSyncActivity'> | undefined): SyncActivity {
  return useExternalValue(mirror, () => mirror?.syncActivity() ?? IDLE, mirror && ((listener) => mirror.onSyncActivity(listener)));
}
