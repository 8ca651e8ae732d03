import { status } from '@grpc/grpc-js';
import { codeForGrpcStatus, codeForHttpStatus } from '../../../services/upstreams';
import { backendErrorDetails } from '../../../services/upstreams/rest/http-status-map';
import { codeForNetworkError } from '../../../services/upstreams/rest/network-error-map';

describe('HTTP status -> error code', () => {
  it.each([
    [400, 'BAD_USER_INPUT'],
    [422, 'BAD_USER_INPUT'],
    [401, 'FORBIDDEN'],
    [403, 'FORBIDDEN'],
    [404, 'NOT_FOUND'],
    [408, 'UPSTREAM_TIMEOUT'],
    [504, 'UPSTREAM_TIMEOUT'],
    [429, 'UPSTREAM_OVERLOADED'],
    [503, 'UPSTREAM_UNAVAILABLE'],
    [500, 'UPSTREAM_ERROR'],
    [502, 'UPSTREAM_ERROR'],
    [599, 'UPSTREAM_ERROR'],
    [301, 'UPSTREAM_BAD_RESPONSE'],
    [302, 'UPSTREAM_BAD_RESPONSE'],
    [304, 'UPSTREAM_BAD_RESPONSE'],
    [409, 'UPSTREAM_BAD_RESPONSE'],
    [100, 'UPSTREAM_BAD_RESPONSE'],
  ])('maps %i to %s', (httpStatus, code) => {
    expect(codeForHttpStatus(httpStatus)).toBe(code);
  });
});

describe('gRPC status -> error code', () => {
  it.each([
    [status.DEADLINE_EXCEEDED, 'UPSTREAM_TIMEOUT'],
    [status.UNAVAILABLE, 'UPSTREAM_UNAVAILABLE'],
    [status.RESOURCE_EXHAUSTED, 'UPSTREAM_OVERLOADED'],
    [status.NOT_FOUND, 'NOT_FOUND'],
    [status.INVALID_ARGUMENT, 'BAD_USER_INPUT'],
    [status.UNAUTHENTICATED, 'FORBIDDEN'],
    [status.PERMISSION_DENIED, 'FORBIDDEN'],
    [status.INTERNAL, 'UPSTREAM_ERROR'],
    [status.UNKNOWN, 'UPSTREAM_ERROR'],
    [status.DATA_LOSS, 'UPSTREAM_ERROR'],
    [status.UNIMPLEMENTED, 'UPSTREAM_ERROR'],
    [status.CANCELLED, 'UPSTREAM_ERROR'],
  ])('maps status %i to %s', (grpcStatus, code) => {
    expect(codeForGrpcStatus(grpcStatus)).toBe(code);
  });
});

describe('network error -> error code', () => {
  const err = (code: string) => Object.assign(new Error(code), { code });
  it.each([
    [err('UND_ERR_HEADERS_TIMEOUT'), 'UPSTREAM_TIMEOUT'],
    [err('UND_ERR_BODY_TIMEOUT'), 'UPSTREAM_TIMEOUT'],
    [err('ECONNREFUSED'), 'UPSTREAM_UNAVAILABLE'],
    [err('ECONNRESET'), 'UPSTREAM_UNAVAILABLE'],
    [err('UND_ERR_SOCKET'), 'UPSTREAM_UNAVAILABLE'],
    [new Error('wrapper', { cause: err('ECONNREFUSED') }), 'UPSTREAM_UNAVAILABLE'],
    [new Error('something else'), 'UPSTREAM_ERROR'],
    ['not even an error', 'UPSTREAM_ERROR'],
  ])('maps %p to %s', (error, code) => {
    expect(codeForNetworkError(error)).toBe(code);
  });
});

describe('backendErrorDetails', () => {
  it.each([
    [
      { error: { code: 'OUT_OF_STOCK', message: 'p1 at db-3.internal' } },
      { upstreamCode: 'OUT_OF_STOCK' },
    ],
    [{ error: { code: 'out of stock: p1', message: 'x' } }, undefined],
    [{ error: { code: 'A'.repeat(65) } }, undefined],
    [{ error: 'OUT_OF_STOCK' }, undefined],
    [null, undefined],
  ])('keeps only a plain UPPER_SNAKE code from %j', (body, details) => {
    expect(backendErrorDetails(body)).toEqual(details);
  });
});
