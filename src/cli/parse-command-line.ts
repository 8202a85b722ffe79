// Reads a command's options with node:util's parseArgs (strict: an unknown option is a mistake), turning its
// complaints into a UserError that carries the command's usage text.
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { UserError } from '../core/errors.js';

export type StringOptions<K extends string> = { readonly [key in K]: { readonly type: 'string' } };

export interface CommandLine<K extends string> {
  readonly positionals: readonly string[];
  readonly values: Partial<Record<K, string>>;
}

/** The options (all strings) and positionals of `args`, or a UserError with `usage` for an unknown option or a missing value. */
export function parseCommandLine<K extends string>(args: readonly string[], options: StringOptions<K>, usage: string, allowPositionals = false): CommandLine<K> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: options as ParseArgsConfig['options'], allowPositionals, strict: true });
  } catch (error) {
    throw new UserError(error instanceof Error ? error.message : String(error), usage);
  }
  return { positionals: parsed.positionals, values: parsed.values as Partial<Record<K, string>> };
}
