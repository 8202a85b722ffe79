// What the account bar needs from the composition root: the sign-in state, a way to follow it, and commands.
// Commands never throw: failures become states (consent needed, offline, error with the library's code).
import { useEffect, useState } from 'preact/hooks';
import type { SignInState } from '../../../core/auth/sign-in-state.js';

export interface AccountSession {
  getState(): SignInState;
  /** Calls `listener` after every state change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Interactive sign-in (a window may open): call from a click. */
  signIn(): Promise<void>;
  /** Asks for the permissions the `consent-needed` state lists (a window may open): call from a click. */
  grantConsent(): Promise<void>;
  /** Forgets the account; with `removeLocalData`, also deletes its local copy (contacts, outbox, settings). */
  signOut(options: { readonly removeLocalData: boolean }): Promise<void>;
}

/** The session's current state, re-rendering on every change. */
export function useSignInState(session: AccountSession): SignInState {
  const [state, setState] = useState(() => session.getState());
  useEffect(() => {
    setState(session.getState());
    return session.subscribe(() => setState(session.getState()));
  }, [session]);
  return state;
}
