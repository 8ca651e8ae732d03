import { Readable } from 'node:stream';
import type { ApolloServer, HTTPGraphQLResponse } from '@apollo/server';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, isAppError } from '../../shared';
import type { Authenticator, Principal } from '../principal';
import { requestError } from '../errors/request-error';
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
}

export interface GraphQLHandlerDeps<TContext extends object> {
  apollo: ApolloServer<TContext>;
  authenticator: Authenticator;
  createContext(input: ContextInput): TContext | Promise<TContext>;
  requestDeadlineMs: number;
}

/**
 * One GraphQL request, after the HTTP guard and body parsing:
 * 1. identify the caller; a failure is a 401 before any GraphQL work (RFC 6750 §3);
 * 2. open the request scope (deadline, abort signal) and build the BFF's context;
 * 3. let Apollo parse, validate, throttle (plugin), execute and format errors;
 * 4. copy Apollo's status, headers and body onto the reply.
 */
export function createGraphQLHandler<TContext extends object>(deps: GraphQLHandlerDeps<TContext>) {
  return async function handleGraphQL(request: FastifyRequest, reply: FastifyReply) {
    let principal: Principal;
    try {
      principal = await deps.authenticator.authenticate(request.headers);
    } catch (error) {
      return rejectIdentity(request, reply, error);
    }
    const scope = startRequestScope(
      reply.raw,
      Date.now() - reply.elapsedTime,
      deps.requestDeadlineMs,
    );
    const response = await deps.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: toGraphQLRequest(request),
      context: () => buildContext(deps, { principal, requestId: request.id, ...scope }),
    });
    return sendGraphQLResponse(reply, response);
  };
}

async function buildContext<TContext extends object>(
  deps: GraphQLHandlerDeps<TContext>,
  input: ContextInput,
): Promise<TContext> {
  try {
    const contextValue = await deps.createContext(input);
    attachPrincipal(contextValue, input.principal);
    return contextValue;
  } catch (error) {
    // Apollo answers a failed context with HTTP 500; an AppError keeps its catalogue status.
    throw isAppError(error) ? requestError(error.code) : error;
  }
}

function rejectIdentity(request: FastifyRequest, reply: FastifyReply, error: unknown) {
  if (!isAppError(error)) request.log.error({ err: error }, 'authenticator failed');
  const appError = isAppError(error) ? error : new AppError('INTERNAL_SERVER_ERROR');
  // One challenge for every failure, so missing, expired and forged tokens look alike.
  const challenge: Record<string, string> =
    appError.code === 'UNAUTHENTICATED' ? { 'www-authenticate': 'Bearer' } : {};
  return sendError(reply, appError.code, challenge);
}

function sendGraphQLResponse(reply: FastifyReply, response: HTTPGraphQLResponse) {
  for (const [name, value] of response.headers) void reply.header(name, value);
  void reply.code(response.status ?? 200);
  if (response.body.kind === 'complete') return reply.send(response.body.string);
  return reply.send(Readable.from(response.body.asyncIterator));
}
