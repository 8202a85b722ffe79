// What `npm run start:outlook` does, as data: which Outlook to target, where the dev certificates live,
// the office-addin-debugging command for desktop, and the steps for Outlook on the web.
import path from 'node:path';

export type OutlookTarget = 'desktop' | 'web';
export const DEV_SERVER_PORT = 3000;
/** office-addin-debugging is run on demand (it cannot be a dependency: its keytar install fails without internet). */
export const OFFICE_ADDIN_DEBUGGING = 'office-addin-debugging@7';

export type StartOutlookArgs = { readonly kind: 'run'; readonly target: OutlookTarget } | { readonly kind: 'help' } | { readonly kind: 'error'; readonly message: string };

export const START_OUTLOOK_USAGE = [
  'Usage: npm run start:outlook [-- --web | --desktop]',
  '  --desktop  (default) serve the add-in over HTTPS and sideload it into Outlook on this computer',
  '  --web      serve the add-in over HTTPS and print the steps to add it in Outlook on the web',
].join('\n');

export function parseStartOutlookArgs(argv: readonly string[]): StartOutlookArgs {
  let target: OutlookTarget = 'desktop';
  const seen = new Set<OutlookTarget>();
  for (const arg of argv) {
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    if (arg === '--web' || arg === 'web') seen.add((target = 'web'));
    else if (arg === '--desktop' || arg === 'desktop') seen.add((target = 'desktop'));
    else return { kind: 'error', message: `Unknown option "${arg}".\n${START_OUTLOOK_USAGE}` };
  }
  if (seen.size > 1) return { kind: 'error', message: `Choose one of --web or --desktop.\n${START_OUTLOOK_USAGE}` };
  return { kind: 'run', target };
}

export interface DevCertPaths {
  readonly cert: string;
  readonly key: string;
  readonly ca: string;
}

/** Where office-addin-dev-certs (`npm run certs`) installs the localhost certificate. */
export function devCertPaths(homeDir: string): DevCertPaths {
  const dir = path.join(homeDir, '.office-addin-dev-certs');
  return { cert: path.join(dir, 'localhost.crt'), key: path.join(dir, 'localhost.key'), ca: path.join(dir, 'ca.crt') };
}

/** The message when certificates are missing: what is missing and the command that fixes it. */
export function missingCertsMessage(certs: DevCertPaths, missing: readonly string[]): string {
  return [
    `The HTTPS development certificates are missing (${missing.join(', ')}).`,
    'Outlook loads add-ins over HTTPS only, so run this once (it asks to trust a local certificate authority):',
    '',
    '  npm run certs',
    '',
    `It writes ${path.dirname(certs.cert)}/localhost.crt and localhost.key; then run npm run start:outlook again.`,
  ].join('\n');
}

export interface Command {
  readonly command: string;
  readonly args: readonly string[];
}

/** The desktop sideload: office-addin-debugging registers the manifest with Outlook and opens it; our server is already up. */
export function desktopSideloadCommand(manifestPath: string): Command {
  return {
    command: 'npx',
    args: ['--yes', OFFICE_ADDIN_DEBUGGING, 'start', manifestPath, 'desktop', '--app', 'outlook', '--dev-server-port', String(DEV_SERVER_PORT)],
  };
}

export function desktopStopCommand(manifestPath: string): Command {
  return { command: 'npx', args: ['--yes', OFFICE_ADDIN_DEBUGGING, 'stop', manifestPath] };
}

/** Steps for Outlook on the web (and the new Outlook on Windows), which take the manifest file from the user. */
export function webSideloadSteps(manifestPath: string): string[] {
  return [
    `Open https://localhost:${DEV_SERVER_PORT}/taskpane.html in this browser once and make sure it loads without a certificate warning.`,
    'Go to https://aka.ms/olksideload: Outlook on the web opens and shows the "Add-Ins for Outlook" dialog (or, in Outlook, Get Add-ins / Apps → Get Add-ins).',
    'In that dialog choose My add-ins.',
    'At the bottom, under Custom Addins, choose "Add a custom add-in" → "Add from File…".',
    `Pick ${manifestPath} and confirm with Install.`,
    'Open a message and choose Contact Bridge → Contacts in the message toolbar; pin the pane to keep it open.',
    'To remove it later: My add-ins → Custom add-ins → … → Remove.',
  ];
}
