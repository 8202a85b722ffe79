// `Office.context.roamingSettings`: per-user add-in settings; here kept in localStorage so they survive reloads.
import { answerLater, succeeded } from './office-values.js';

const STORAGE_KEY = 'contact-bridge-simulator:roaming-settings';

function load(): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}');
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Changes stay in memory until `saveAsync`, as in Outlook. */
export function roamingSettings(): Office.RoamingSettings {
  let values = load();
  return {
    get(name: string): unknown {
      return values[name];
    },
    set(name: string, value: unknown): void {
      values = { ...values, [name]: value };
    },
    remove(name: string): void {
      const { [name]: _removed, ...rest } = values;
      values = rest;
    },
    saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(values));
      answerLater(callback, () => succeeded(undefined));
    },
  };
}
