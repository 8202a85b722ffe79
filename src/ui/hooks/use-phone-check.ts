// The contact editor's phone check, loaded when an editor opens rather than with the pane: it carries
// libphonenumber-js with its full metadata, which would otherwise more than double the pane's first script.
import { useEffect, useState } from 'preact/hooks';
import type { checkEditorPhones } from '../../core/contact/check-editor-phones.js';

export type PhoneCheck = typeof checkEditorPhones;

let loading: Promise<PhoneCheck> | undefined;

/** The phone check, loaded once per pane; a failed load (the pane went offline) is tried again on the next call. */
export function loadPhoneCheck(): Promise<PhoneCheck> {
  loading ??= import(/* webpackChunkName: "phones" */ '../../core/contact/check-editor-phones.js').then(
    (module) => module.checkEditorPhones,
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The phone check once loaded (undefined until then); the load starts with the first render. */
export function usePhoneCheck(): PhoneCheck | undefined {
  const [check, setCheck] = useState<PhoneCheck | undefined>(undefined);
  useEffect(() => {
    let active = true;
    loadPhoneCheck().then(
      (loaded) => {
        if (active) setCheck(() => loaded);
      },
      // Not reported here: Save loads the check again before it saves and shows that failure.
      () => undefined,
    );
    return () => {
      active = false;
    };
  }, []);
  return check;
}
