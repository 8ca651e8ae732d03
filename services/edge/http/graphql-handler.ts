import { Readable } from 'node:stream';
import type { ApolloServer, HTTPGraphQLRequest, HTTPGraphQLResponse } from '@apollo/server';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, isAppError } from '../../shared';
import type { AuthFailureThrottle } from '../client-address/auth-failure-throttle';
import { requestError } from '../errors/request-error';
import { resolvePersistedRequest } from '../persisted/persisted-request';
import type { Authenticator, Principal } from '../principal';
import { attachPrincipal } from './context-principal';
import { startRequestScope } from './request-scope';
import { sendError } from './send-error';
import { toGraphQLRequest } from './to-graphql-request';

/** What the edge hands the BFF to build its per-request context. */
export interface ContextInput {
  principal: Principal;
  requestId: string;
  /** Epoch ms by which the request should be answered. */
  deadline: number;
  /** Aborts on client disconnect or when the deadline passes. */
  signal: AbortSignal;
  /**
   * The client's IP: the socket peer, or the X-Forwarded-For entry a trusted proxy vouches
   * for. A key for per-address limits when there is no principal to key on.
   */
  clientAddress: string;
}

export interface GraphQLHandlerDeps<TContext extends object> {
  apollo: ApolloServer<TContext>;
  authenticator: Authenticator;
  createContext(input: ContextInput): TContext | Promise<TContext>;
  requestDeadlineMs: number;
  /** Refuses addresses with too many failed authentications. Default: none. */
  authFailures?: AuthFailureThrottle;
  /** Runs only these documents. Default: any document. */
  persistedByHash?: ReadonlyMap<string, string>;
}

/**
 * One GraphQL request, after the HTTP guard and body parsing:
 * 1. refuse an address that failed authentication too often (429, no verification work);
 * 2. identify the caller; a failure is a 401 before any GraphQL work (RFC 6750 §3);
 * 3. in persisted mode, swap the hash for its document or refuse (400), never a resolver;
 * 4. open the request scope (deadline, abort signal) and build the BFF's context;
 * 5. let Apollo parse, validate, throttle (plugin), execute and format errors;
 * 6. copy Apollo's status, headers and body onto the reply.
 */
export function createGraphQLHandler<TContext extends object>(deps: GraphQLHandlerDeps<TContext>) {
  return async function handleGraphQL(request: FastifyRequest, reply: FastifyReply) {
    const clientAddress = request.ip;
    const retryAfter = (await deps.authFailures?.blockedFor(clientAddress)) ?? 0;
    if (retryAfter > 0)
      return sendError(reply, 'RATE_LIMITED', { 'retry-after': String(retryAfter) });
    let principal: Principal;
    try {
      principal = await deps.authenticator.authenticate(request.headers);
    } catch (error) {
      if (isAppError(error) && error.code === 'UNAUTHENTICATED') {
        await deps.authFailures?.recordFailure(clientAddress);
      }
      return rejectIdentity(request, reply, deps.authenticator, error);
    }
    let httpGraphQLRequest: HTTPGraphQLRequest;
    try {
      httpGraphQLRequest = persisted(toGraphQLRequest(request), deps.persistedByHash);
    } catch (error) {
      if (!isAppError(error)) throw error;
      return sendError(reply, error.code);
    }
    const scope = startRequestScope(
      reply.raw,
      Date.now() - reply.elapsedTime,
      deps.requestDeadlineMs,
    );
    const input: ContextInput = { principal, requestId: request.id, clientAddress, ...scope };
    const response = await deps.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      context: () => buildContext(deps, input),
    });
    return sendGraphQLResponse(reply, response);
  };
}

function persisted(request: HTTPGraphQLRequest, byHash: ReadonlyMap<string, string> | undefined) {
  return byHash ? resolvePersistedRequest(request, byHash) : request;
}

async function buildContext<TContext extends object>(
  deps: GraphQLHandlerDeps<TContext>,
  input: ContextInput,
): Promise<TContext> {
  try {
    const contextValue = await deps.createContext(input);
    attachPrincipal(contextValue, input.principal, input.clientAddress);
    return contextValue;
  } catch (error) {
    // Apollo answers a failed context with HTTP 500; an AppError keeps its catalogue status.
    throw isAppError(error) ? requestError(error.code) : error;
  }
}

function rejectIdentity(
  request: FastifyRequest,
  reply: FastifyReply,
  authenticator: Authenticator,
  error: unknown,
) {
  if (!isAppError(error)) request.log.error({ err: error }, 'authenticator failed');
  const appError = isAppError(error) ? error : new AppError('INTERNAL_SERVER_ERROR');
  // One challenge for every failure, so missing, expired and forged credentials look alike.
  const challenge: Record<string, string> =
    appError.code === 'UNAUTHENTICATED'
      ? { 'www-authenticate': authenticator.challenge ?? 'Bearer' }
      : {};
  return sendError(reply, appError.code, challenge);
}

function sendGraphQLResponse(reply: FastifyReply, response: HTTPGraphQLResponse) {
  for (const [name, value] of response.headers) void reply.header(name, value);
  void reply.code(response.status ?? 200);
  if (response.body.kind === 'complete') return reply.send(response.body.string);
  return reply.send(Readable.from(response.body.asyncIterator));
}
