// The test-only control API under `/_emulator/` (enabled with `control: true` / `--control`): token minting,
// fault injection, remote mutations "from another Outlook client", the request log, and reset.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DemoUser } from '../oidc/access-token.js';
import type { FaultPlan, FaultRule } from '../faults/fault-plan.js';
import { readBody, sendJson } from '../http/http-io.js';
import type { EmulatorState } from '../store/emulator-state.js';
import type { RequestLog } from './request-log.js';
import { runRemoteMutation } from './remote-mutation.js';
import type { GraphContext } from '../graph/graph-call.js';
import type { TokenSigner } from '../oidc/token-signer.js';

export interface ControlApiOptions {
  readonly state: EmulatorState;
  readonly ctx: GraphContext;
  readonly signer: TokenSigner;
  readonly faults: FaultPlan;
  readonly log: RequestLog;
  readonly mintToken: (user: string, scopes: readonly string[]) => string;
  readonly tokenTtlSeconds: number;
  readonly reset: () => void;
}

const parseJson = (body: Buffer): Record<string, unknown> => {
  const value: unknown = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('a JSON object is expected');
  return value as Record<string, unknown>;
};

function parseFault(body: Record<string, unknown>): FaultRule {
  const type = body.type ?? (body.status !== undefined ? 'status' : undefined);
  const count = typeof body.count === 'number' ? body.count : type === 'latency' ? undefined : 1;
  const scope = { ...(count !== undefined ? { remaining: count } : {}), ...(typeof body.pathPrefix === 'string' ? { pathPrefix: body.pathPrefix } : {}), ...(typeof body.method === 'string' ? { method: body.method } : {}) };
  if (type === 'status' && typeof body.status === 'number') {
    return {
      effect: {
        kind: 'status', status: body.status,
        ...(typeof body.code === 'string' ? { code: body.code } : {}),
        ...(typeof body.message === 'string' ? { message: body.message } : {}),
        ...(typeof body.retryAfterSeconds === 'number' ? { retryAfterSeconds: body.retryAfterSeconds } : {}),
      },
      ...scope,
    };
  }
  if (type === 'drop') return { effect: { kind: 'drop' }, ...scope };
  if (type === 'emptyDeltaPage') return { effect: { kind: 'emptyDeltaPage' }, ...scope };
  if (type === 'random' && typeof body.rate === 'number' && body.rate >= 0 && body.rate <= 1) {
    const statuses = Array.isArray(body.statuses) ? body.statuses.filter((s): s is number => typeof s === 'number') : [];
    const randomScope = { ...scope };
    if (body.count === undefined) delete randomScope.remaining;
    return { effect: { kind: 'random', rate: body.rate, statuses, seed: typeof body.seed === 'number' ? body.seed : 1 }, ...randomScope };
  }
  if (type === 'latency' && typeof body.ms === 'number') return { effect: { kind: 'latency', ms: body.ms }, ...scope };
  throw new Error('a fault is {type: "status", status, count?, pathPrefix?, method?, retryAfterSeconds?, code?, message?}, {type: "drop", count?, pathPrefix?}, {type: "latency", ms, count?, pathPrefix?}, {type: "emptyDeltaPage", count?, pathPrefix?} or {type: "random", rate, statuses?, seed?, count?, pathPrefix?}');
}

/** Serves `/_emulator/**` except the mailbox messages (always on, see server.ts). Returns false when not handled. */
export async function handleControl(options: ControlApiOptions, req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
  const method = req.method ?? 'GET';
  const path = url.pathname.replace(/\/+$/, '');
  const body = await readBody(req);
  try {
    if (path.startsWith('/_emulator/remote/')) {
      const result = await runRemoteMutation(options, method, path.slice('/_emulator/remote'.length), url.searchParams, body);
      if (result.json === undefined) res.writeHead(result.status).end();
      else sendJson(res, result.status, result.json);
      return true;
    }
    const route = `${method} ${path}`;
    switch (route) {
      case 'POST /_emulator/token': {
        const { user, scopes } = parseJson(body);
        if (typeof user !== 'string' || !Array.isArray(scopes) || !scopes.every((s) => typeof s === 'string')) throw new Error('expected {"user": "...", "scopes": ["..."]}');
        sendJson(res, 200, { access_token: options.mintToken(user, scopes as string[]), token_type: 'Bearer', expires_in: options.tokenTtlSeconds });
        return true;
      }
      case 'POST /_emulator/faults':
        options.faults.add(parseFault(parseJson(body)));
        sendJson(res, 201, { faults: options.faults.list() });
        return true;
      case 'GET /_emulator/faults':
        sendJson(res, 200, { faults: options.faults.list() });
        return true;
      case 'DELETE /_emulator/faults':
        options.faults.clear();
        res.writeHead(204).end();
        return true;
      case 'POST /_emulator/delta-tokens/expire':
        for (const mailbox of options.state.mailboxes.values()) mailbox.deltaEpoch += 1;
        res.writeHead(204).end();
        return true;
      case 'POST /_emulator/access-tokens/expire':
        options.signer.revokeIssuedTokens();
        res.writeHead(204).end();
        return true;
      case 'GET /_emulator/requests':
        sendJson(res, 200, { requests: options.log.entries() });
        return true;
      case 'DELETE /_emulator/requests':
        options.log.clear();
        res.writeHead(204).end();
        return true;
      case 'POST /_emulator/reset':
        options.reset();
        res.writeHead(204).end();
        return true;
      case 'GET /_emulator/users':
        sendJson(res, 200, { users: options.state.users.map((u: DemoUser) => ({ ...u, defaultFolderId: options.state.mailboxOf(u.id).defaultFolderId })) });
        return true;
      default:
        return false;
    }
  } catch (error) {
    sendJson(res, 400, { error: { code: 'BadRequest', message: error instanceof Error ? error.message : String(error) } });
    return true;
  }
}
