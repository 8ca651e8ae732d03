import { Readable } from 'node:stream';
import type { ApolloServer, HTTPGraphQLRequest, HTTPGraphQLResponse } from '@apollo/server';
import { context } from '@opentelemetry/api';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, isAppError, type RequestStats } from '../../shared';
import type { AuthFailureThrottle } from '../client-address/auth-failure-throttle';
import { requestError } from '../errors/request-error';
import { attachRecord, ensureRecord, type RequestRecord } from '../observe/request-record';
import { noteRefusalCodes } from '../observe/response-codes';
import { applyPersisted } from '../persisted/persisted-hash';
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
  /** The request's counters (backend calls) for the access line: put it in the CallContext. */
  stats: RequestStats;
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
    const record = ensureRecord(request.raw);
    record.principalId = principal.id;
    let httpGraphQLRequest: HTTPGraphQLRequest;
    try {
      httpGraphQLRequest = applyPersisted(toGraphQLRequest(request), deps.persistedByHash, record);
    } catch (error) {
      if (!isAppError(error)) throw error;
      return sendError(reply, error.code);
    }
    const scope = startRequestScope(
      reply.raw,
      Date.now() - reply.elapsedTime,
      deps.requestDeadlineMs,
    );
    const { stats } = record;
    const input: ContextInput = {
      principal,
      requestId: request.id,
      clientAddress,
      stats,
      ...scope,
    };
    // Apollo runs with the request's span active, so batches and backend calls join it.
    const response = await context.with(record.traceContext, () =>
      deps.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest,
        context: () => buildContext(deps, input, record),
      }),
    );
    noteRefusalCodes(record, response);
    return sendGraphQLResponse(reply, response);
  };
}

async function buildContext<TContext extends object>(
  deps: GraphQLHandlerDeps<TContext>,
  input: ContextInput,
  record: RequestRecord,
): Promise<TContext> {
  try {
    const contextValue = await deps.createContext(input);
    attachPrincipal(contextValue, input.principal, input.clientAddress);
    attachRecord(contextValue, record);
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
