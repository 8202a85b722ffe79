// Graph's error response (learn.microsoft.com/graph/errors): `{ error: { code, message, innerError: { date,
// request-id, client-request-id } } }`. Handlers throw GraphError; the router turns it into this body.

export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'GraphError';
  }
}

export interface GraphErrorBody {
  readonly error: {
    readonly code: string;
    readonly message: string;
    readonly innerError: { readonly date: string; readonly 'request-id': string; readonly 'client-request-id': string };
  };
}

export function graphErrorBody(code: string, message: string, requestId: string, clientRequestId: string | undefined, now: number): GraphErrorBody {
  return {
    error: {
      code,
      message,
      innerError: { date: new Date(now).toISOString().replace(/\.\d{3}Z$/, ''), 'request-id': requestId, 'client-request-id': clientRequestId ?? requestId },
    },
  };
}

export const notFound = (what = 'The specified object was not found in the store.'): GraphError => new GraphError(404, 'ErrorItemNotFound', what);

export const badRequest = (message: string, code = 'BadRequest'): GraphError => new GraphError(400, code, message);

export const malformedId = (): GraphError => new GraphError(400, 'ErrorInvalidIdMalformed', 'Id is malformed.');

export const accessDenied = (): GraphError => new GraphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');

export const invalidToken = (message: string): GraphError =>
  new GraphError(401, 'InvalidAuthenticationToken', message, { 'WWW-Authenticate': 'Bearer realm="", error="invalid_token"' });

export const staleChangeKey = (): GraphError =>
  new GraphError(412, 'ErrorIrresolvableConflict', 'The change key passed in the request does not match the current change key for the item.');

export const unknownProperty = (name: string, type: string): GraphError =>
  new GraphError(
    400,
    'RequestBodyRead',
    `The property '${name}' does not exist on type 'microsoft.graph.${type}'. Make sure to only use property names that are defined by the type or mark the type as open type.`,
  );

export const methodNotAllowed = (): GraphError => new GraphError(405, 'ErrorInvalidRequest', 'The OData request is not supported.');
