// The matches of the open item, re-computed when the item (or its compose recipients) changes and when the
// mirror changes. A result is shown only under the item it was computed for: never a stale one under a newer item.
import { useEffect, useState } from 'preact/hooks';
import { OpenItemMatcher } from '../../../engine/match-open-item.js';
import type { ItemMatch } from '../../../engine/match-open-item.js';
import type { OpenItem } from '../../../ports/mailbox-host.js';
import type { MessageMirror } from './message-mirror.js';

export interface ItemMatchState {
  readonly result?: ItemMatch;
  readonly error?: Error;
}

export function useItemMatches(mirror: MessageMirror | undefined, item: OpenItem | null): ItemMatchState {
  const [state, setState] = useState<ItemMatchState>({});
  const [version, setVersion] = useState(0);
  useEffect(() => mirror?.onChanged(() => setVersion((v) => v + 1)), [mirror]);
  useEffect(() => {
    if (mirror === undefined || item === null) return undefined;
    let active = true;
    mirror.matcher.match(item).then(
      (outcome) => {
        if (active && outcome.status === 'current') setState({ result: outcome.result });
      },
      (error: unknown) => {
        if (active) setState({ error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
    return () => {
      active = false;
    };
  }, [mirror, item, version]);
  const result = state.result !== undefined && OpenItemMatcher.belongsTo(state.result, item) ? state.result : undefined;
  return { ...(result === undefined ? {} : { result }), ...(state.error === undefined ? {} : { error: state.error }) };
}
