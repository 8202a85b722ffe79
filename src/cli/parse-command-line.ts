// Reads a command's options with node:util's parseArgs (strict: an unknown option is a mistake), turning its
// complaints into a UserError that carries the command's usage text.
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { UserError } from '../core/errors.js';

export type OptionKinds = Readonly<Record<string, { readonly type: 'string' } | { readonly type: 'boolean' }>>;

export type OptionValues<O extends OptionKinds> = { readonly [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : string };

export interface CommandLine<O extends OptionKinds> {
  readonly positionals: readonly string[];
  readonly values: OptionValues<O>;
}

/** The options and positionals of `args`, or a UserError with `usage` for an unknown option, a missing value or a stray positional. */
export function parseCommandLine<O extends OptionKinds>(args: readonly string[], options: O, usage: string, allowPositionals = false): CommandLine<O> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: options as ParseArgsConfig['options'], allowPositionals, strict: true });
  } catch (error) {
    throw new UserError(error instanceof Error ? error.message : String(error), usage);
  }
  return { positionals: parsed.positionals, values: parsed.values as OptionValues<O> };
}
