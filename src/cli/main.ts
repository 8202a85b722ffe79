// The `contact-bridge` command line. `mirror`, `import` and `carddav` print a JSON summary on stdout; `convert`
// and `export` write the file on stdout (`export --out` writes it to a file and prints a summary). Problems go
// to stderr (never the token or password): exit code 1 when rows were rejected or the run failed, 2 for a bad
// command line, a file that cannot be read or a folder or book that does not exist, 3 when `carddav`'s safety
// stop held the run back.
import { UserError } from '../core/errors.js';
import { CARDDAV_USAGE } from './parse-carddav-args.js';
import { CONVERT_USAGE } from './parse-convert-args.js';
import { EXPORT_USAGE } from './parse-export-args.js';
import { IMPORT_USAGE } from './parse-import-args.js';
import { runCardDav } from './run-carddav.js';
import { runConvert } from './run-convert.js';
import { runExport } from './run-export.js';
import { runImport } from './run-import.js';
import { MIRROR_USAGE, runMirror } from './run-mirror.js';

type Command = (argv: readonly string[]) => Promise<number>;

const COMMANDS: Readonly<Record<string, Command>> = {
  mirror: async (argv) => {
    console.log(JSON.stringify(await runMirror(argv, { env: process.env })));
    return 0;
  },
  convert: async (argv) => {
    const outcome = await runConvert(argv);
    process.stdout.write(outcome.stdout);
    for (const line of outcome.stderr) console.error(line);
    return outcome.code;
  },
  import: async (argv) => {
    const outcome = await runImport(argv, { env: process.env });
    console.log(JSON.stringify(outcome.summary, null, 2));
    return outcome.code;
  },
  export: async (argv) => {
    const outcome = await runExport(argv, { env: process.env });
    process.stdout.write(outcome.stdout);
    return outcome.code;
  },
  carddav: async (argv) => {
    const outcome = await runCardDav(argv, { env: process.env });
    console.log(JSON.stringify(outcome.output, null, 2));
    return outcome.code;
  },
};

export async function main(argv: readonly string[]): Promise<number> {
  const [name = '', ...rest] = argv;
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (command === undefined) {
    console.error([MIRROR_USAGE, IMPORT_USAGE, EXPORT_USAGE, CONVERT_USAGE, CARDDAV_USAGE].join('\n'));
    return 2;
  }
  try {
    return await command(rest);
  } catch (error) {
    if (error instanceof UserError) {
      console.error([error.message, error.details, error.fix].filter(Boolean).join('\n'));
      return 2;
    }
    console.error(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
    return 1;
  }
}
