import type { ApolloServerPlugin } from '@apollo/server';
import type { Span } from '@opentelemetry/api';
import { getOperationAST } from 'graphql';
import { endSpan, tracer } from '../../shared';
import { noteErrorCode, recordOfContext, type RequestRecord } from './request-record';

/**
 * Apollo's side of the observation: a span per phase (parse, validate, execute; a document
 * Apollo has cached skips the first two), the operation it resolved, and the error codes it
 * answered with (after formatError, so catalogue codes only). Per-field spans are left out
 * on purpose: a span per resolver would cost more than the resolvers.
 */
export function createObservePlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ contextValue }) {
      const record = recordOfContext(contextValue);
      if (!record) return;
      return {
        async parsingDidStart() {
          const span = phaseSpan(record, 'graphql.parse');
          return span && (async (error) => endSpan(span, error));
        },
        async validationDidStart() {
          const span = phaseSpan(record, 'graphql.validate');
          return span && (async (errors) => endSpan(span, errors?.[0]));
        },
        async didResolveOperation({ operationName, operation }) {
          record.resolved = true;
          record.operationName = operationName ?? undefined;
          record.operationType = operation?.operation;
        },
        async executionDidStart() {
          const span = phaseSpan(record, 'graphql.execute');
          return span && { executionDidEnd: async (error) => endSpan(span, error) };
        },
        async willSendResponse({ response, request, document }) {
          // A document that parsed but failed validation still names its operation in logs.
          record.operationName ??=
            request.operationName ??
            (document && getOperationAST(document, request.operationName)?.name?.value);
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            noteErrorCode(record, String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
          }
        },
      };
    },
  };
}

/** A child of the request's span, only while it records (tracing on and sampled). */
function phaseSpan(record: RequestRecord, name: string): Span | undefined {
  if (!record.span.isRecording()) return undefined;
  return tracer().startSpan(name, {}, record.traceContext);
}
