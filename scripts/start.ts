// `npm start`: the demo. Starts the Graph emulator in process, then webpack-dev-server over HTTPS on port 3000
// serving the simulator flavour of the add-in, with Graph (/v1.0), the sign-in authority (/oidc) and the
// emulator's control API (/_emulator) proxied to the emulator, so the browser sees one origin. Prints one URL.
// PORT overrides the port (tests use a free one).
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import webpack from 'webpack';
import WebpackDevServer from 'webpack-dev-server';
import { startEmulator } from '../emulator/server.js';
import { devCertificate } from './dev-certs.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PORT = Number(process.env.PORT ?? 3000);
const PUBLIC_URL = `https://localhost:${PORT}`;
const DEMO_URL = `${PUBLIC_URL}/simulator/`;
const PROXIED_PATHS = ['/v1.0', '/oidc', '/_emulator'];

type ConfigFactory = (env: Record<string, unknown>, argv: Record<string, unknown>) => webpack.Configuration;

async function webpackConfig(): Promise<webpack.Configuration> {
  const module = (await import(pathToFileURL(path.join(ROOT, 'webpack.config.js')).href)) as { default: ConfigFactory };
  const config = module.default({ host: 'simulator', WEBPACK_SERVE: true }, { mode: 'development' });
  return { ...config, context: ROOT, stats: 'errors-warnings', infrastructureLogging: { level: 'warn' } };
}

async function main(): Promise<void> {
  const tls = await devCertificate(ROOT);
  const emulator = await startEmulator({ port: 0, seed: 2000, control: true, publicUrl: PUBLIC_URL });
  const config = await webpackConfig();
  const devServer = new WebpackDevServer(
    {
      ...config.devServer,
      host: 'localhost',
      port: PORT,
      server: { type: 'https', options: { cert: tls.cert, key: tls.key } },
      proxy: [{ context: PROXIED_PATHS, target: emulator.url, changeOrigin: false, secure: false, ws: false }],
    },
    webpack(config),
  );

  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    await Promise.allSettled([devServer.stop(), emulator.close()]);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());

  try {
    await devServer.start();
  } catch (error) {
    await emulator.close();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`The dev server could not start on port ${PORT} (${reason}). Is another \`npm start\` running?`);
  }
  if (tls.source === 'self-signed') {
    console.log(`Using a self-signed localhost certificate (${path.relative(ROOT, tls.certPath)}): the browser warns once; accept it to continue.`);
    console.log('To trust a localhost certificate system-wide instead, run `npm run certs` once.');
  }
  console.log('Contact Bridge demo (Graph emulator + Outlook host simulator). Open:');
  console.log(`\n  ${DEMO_URL}\n`);
  console.log('Press Ctrl-C to stop.');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
