// The Graph emulator server: Graph under /v1.0, the sign-in authority under /oidc, the control API under
// /_emulator and, optionally, static files at /. One origin, HTTP or HTTPS. See emulator/README.md.
import { createServer as createHttpServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { handleControl } from './control/control-api.js';
import { formatLogLine, RequestLog } from './control/request-log.js';
import { FaultPlan } from './faults/fault-plan.js';
import { DEFAULT_THROTTLE_LIMITS, MailboxThrottle } from './faults/mailbox-throttle.js';
import { runBatch } from './graph/batch.js';
import type { GraphContext } from './graph/graph-call.js';
import { GraphService } from './graph/graph-service.js';
import { answerPreflight, corsHeaders, sendJson } from './http/http-io.js';
import { serveStatic } from './http/static-files.js';
import { accessTokenClaims } from './oidc/access-token.js';
import { createOidcAuthority } from './oidc/oidc-authority.js';
import type { DemoUser } from './oidc/access-token.js';
import { TokenSigner } from './oidc/token-signer.js';
import { DEMO_MESSAGES } from './seed/demo-messages.js';
import { DEMO_USERS } from './seed/demo-users.js';
import { seedState } from './seed/seed-state.js';
import { EmulatorState } from './store/emulator-state.js';
import { StateFile } from './store/state-file.js';

export interface EmulatorOptions {
  port?: number;
  host?: string;
  seed?: number;
  rng?: number;
  latencyMs?: number;
  tokenTtlSeconds?: number;
  control?: boolean;
  statePath?: string;
  https?: { cert: string | Buffer; key: string | Buffer };
  publicUrl?: string;
  staticDir?: string;
  throttle?: { concurrentPerMailbox?: number; requestsPer10Min?: number };
  maxDeltaPageSize?: number;
  log?: (line: string) => void;
}

export interface RunningEmulator {
  url: string;
  graphUrl: string;
  signer: TokenSigner;
  users: readonly DemoUser[];
  mintToken(user: string, scopes: readonly string[]): string;
  close(): Promise<void>;
}

type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>;

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const now = Date.now;
  const tokenTtlSeconds = options.tokenTtlSeconds ?? 3600;
  const signer = new TokenSigner(now);
  const state = new EmulatorState(DEMO_USERS, now);
  const seed = (): void => seedState(state, { contactCount: options.seed ?? 200, rng: options.rng ?? 1 });
  const stateFile = options.statePath ? new StateFile(options.statePath, state) : undefined;
  if (!stateFile?.load()) seed();

  let handler: Handler = async () => false;
  const writeLine = options.log ?? (() => undefined);
  const listener = (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://emulator.invalid');
    // Graph requests are logged by the Graph service (with size and throttling); the rest here, without query.
    if (!url.pathname.startsWith('/v1.0')) {
      const started = Date.now();
      res.on('finish', () => writeLine(`${new Date().toISOString()} ${req.method ?? 'GET'} ${url.pathname} ${res.statusCode} ${Date.now() - started}ms`));
    }
    handler(req, res, url)
      .then((handled) => {
        if (!handled && !res.headersSent) sendJson(res, 404, { error: { code: 'NotFound', message: `No route for ${url.pathname.slice(0, 100)}` } });
      })
      .catch((error: unknown) => {
        console.error('emulator: request failed', error);
        if (!res.headersSent) sendJson(res, 500, { error: { code: 'generalException', message: 'An internal server error occurred.' } });
        else res.destroy();
      });
  };
  const server: Server = options.https ? createHttpsServer({ cert: options.https.cert, key: options.https.key }, listener) : createHttpServer(listener);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `${options.https ? 'https' : 'http'}://${host}:${address.port}`;
  const publicUrl = (options.publicUrl ?? url).replace(/\/+$/, '');
  const graphUrl = `${publicUrl}/v1.0`;
  const issuer = `${publicUrl}/oidc`;

  const mintToken = (user: string, scopes: readonly string[]): string => {
    const found = state.findUser(user);
    if (!found) throw new Error(`unknown demo user ${user.slice(0, 80)}`);
    return signer.sign(accessTokenClaims(found, scopes, issuer), tokenTtlSeconds);
  };
  const faults = new FaultPlan();
  const ctx: GraphContext = { state, graphUrl, maxDeltaPageSize: options.maxDeltaPageSize ?? 200, faults };
  const log = new RequestLog();
  const throttle = new MailboxThrottle({ ...DEFAULT_THROTTLE_LIMITS, ...options.throttle }, now);
  const graph = new GraphService({
    ctx, signer, throttle, faults, log, now, runBatch,
    latencyMs: () => options.latencyMs ?? 0,
    onRequest: (entry) => writeLine(formatLogLine(entry)),
  });
  const oidc = createOidcAuthority({ signer, issuer: () => issuer, accessTokenTtlSeconds: tokenTtlSeconds, users: state.users, now });
  let resets = 0;
  const reset = (): void => {
    seed();
    // Delta tokens issued before a reset must not resume into the new mailbox.
    resets += 1;
    for (const mailbox of state.mailboxes.values()) mailbox.deltaEpoch = resets;
    faults.clear();
    log.clear();
    throttle.reset();
  };
  const control = { state, ctx, signer, faults, log, mintToken, tokenTtlSeconds, reset };

  handler = async (req, res, requestUrl) => {
    const path = requestUrl.pathname;
    if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'OPTIONS') stateFile?.markDirty();
    if (path === '/v1.0' || path.startsWith('/v1.0/')) {
      await graph.handleHttp(req, res, requestUrl);
      return true;
    }
    if (path === '/_emulator/mailbox/messages') {
      if (req.method === 'OPTIONS') answerPreflight(req, res);
      else sendJson(res, 200, { value: DEMO_MESSAGES }, corsHeaders(req));
      return true;
    }
    if (path.startsWith('/_emulator/')) {
      if (!options.control) return false;
      // Test pages may call the control API from another origin.
      for (const [name, value] of Object.entries(corsHeaders(req))) res.setHeader(name, value);
      if (req.method === 'OPTIONS') {
        answerPreflight(req, res);
        return true;
      }
      return handleControl(control, req, res, requestUrl);
    }
    if (path === '/oidc' || path.startsWith('/oidc/')) return oidc(req, res, requestUrl);
    return options.staticDir ? serveStatic(options.staticDir, req, res, requestUrl) : false;
  };
  stateFile?.start();

  return {
    url,
    graphUrl,
    signer,
    users: state.users,
    mintToken,
    close: async () => {
      stateFile?.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
