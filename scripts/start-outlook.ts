// `npm run start:outlook`: serves the add-in for real Outlook over HTTPS on https://localhost:3000 with the
// office-addin-dev-certs certificate, then sideloads it into desktop Outlook (office-addin-debugging, fetched
// on demand) or prints the steps for Outlook on the web (--web). Ctrl+C stops the server.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import webpack from 'webpack';
import type { Configuration } from 'webpack';
import WebpackDevServer from 'webpack-dev-server';
import {
  DEV_SERVER_PORT,
  desktopSideloadCommand,
  desktopStopCommand,
  devCertPaths,
  missingCertsMessage,
  parseStartOutlookArgs,
  START_OUTLOOK_USAGE,
  webSideloadSteps,
} from './manifest/sideload-plan.js';
import type { Command, DevCertPaths, OutlookTarget } from './manifest/sideload-plan.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MANIFEST = path.join(ROOT, 'manifest.xml');

type ConfigFactory = (env: Record<string, unknown>, argv: Record<string, unknown>) => Configuration & { devServer?: WebpackDevServer.Configuration };

/** Fails with a clear message when the manifest's port is taken (the dev server would only crash later). */
function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${port} is already in use. The manifest points at https://localhost:${port}: stop the other server (for example npm start) and try again.`)
          : error,
      );
    });
    probe.listen(port, () => probe.close(() => resolve()));
  });
}

async function startDevServer(certs: DevCertPaths): Promise<WebpackDevServer> {
  await assertPortFree(DEV_SERVER_PORT);
  const module = (await import(pathToFileURL(path.join(ROOT, 'webpack.config.js')).href)) as { default: ConfigFactory };
  const config = module.default({ host: 'office', WEBPACK_SERVE: true }, { mode: 'development', env: { WEBPACK_SERVE: true } });
  const options: WebpackDevServer.Configuration = {
    ...config.devServer,
    port: DEV_SERVER_PORT,
    server: {
      type: 'https',
      options: {
        cert: readFileSync(certs.cert),
        key: readFileSync(certs.key),
        ...(existsSync(certs.ca) ? { ca: readFileSync(certs.ca) } : {}),
      },
    },
  };
  const server = new WebpackDevServer(options, webpack({ ...config, devServer: undefined }));
  await server.start();
  return server;
}

function run(command: Command): Promise<number> {
  console.log(`> ${command.command} ${command.args.join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(command.command, command.args, { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
    child.on('error', (error) => {
      console.error(`Could not run ${command.command}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

async function sideload(target: OutlookTarget): Promise<void> {
  const manifest = path.relative(ROOT, MANIFEST);
  if (target === 'web') {
    console.log('\nAdd Contact Bridge to Outlook on the web:');
    webSideloadSteps(path.join(ROOT, manifest)).forEach((step, index) => console.log(`  ${index + 1}. ${step}`));
    return;
  }
  console.log('\nSideloading into Outlook on this computer (downloads office-addin-debugging on first use)...');
  const code = await run(desktopSideloadCommand(manifest));
  if (code !== 0) {
    console.error('\nSideloading did not finish. Add the manifest by hand instead (works for every Outlook):');
    webSideloadSteps(path.join(ROOT, manifest)).forEach((step, index) => console.error(`  ${index + 1}. ${step}`));
  }
  const stop = desktopStopCommand(manifest);
  console.log(`\nTo remove the sideloaded add-in later: ${stop.command} ${stop.args.join(' ')}`);
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseStartOutlookArgs(argv);
  if (args.kind === 'help') {
    console.log(START_OUTLOOK_USAGE);
    return 0;
  }
  if (args.kind === 'error') {
    console.error(args.message);
    return 2;
  }
  const certs = devCertPaths(os.homedir());
  const missing = [certs.cert, certs.key].filter((file) => !existsSync(file)).map((file) => path.basename(file));
  if (missing.length > 0) {
    console.error(missingCertsMessage(certs, missing));
    return 1;
  }
  const server = await startDevServer(certs);
  console.log(`\nThe add-in is served at https://localhost:${DEV_SERVER_PORT}/taskpane.html (Ctrl+C to stop).`);
  const stop = (): void => {
    void server.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await sideload(args.target);
  return -1;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
