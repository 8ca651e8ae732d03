import { captureLog, accessLineOf, type CapturedLog } from '../../support/captured-log';
import { postGraphQL } from '../../support/graphql-http';
import { persisted, startMobileStack, type MobileStack } from '../../support/mobile-bff';
import { startPartnerStack, type PartnerStack } from '../../support/partner-bff';
import { clientTraceparent } from '../../support/tracing';
import { ORDER_HISTORY, startWebStack, type WebStack } from '../../support/web-bff';

const ACCESS_FIELDS = [
  'level',
  'time',
  'service',
  'client',
  'msg',
  'requestId',
  'traceId',
  'operation',
  'principal',
  'status',
  'durationMs',
  'cost',
  'upstreamCalls',
  'errorCodes',
];

describe('access log: one JSON line per GraphQL request', () => {
  let web: WebStack;
  let log: CapturedLog;
  beforeAll(async () => {
    log = captureLog();
    web = await startWebStack({ logger: log.logger.child({ service: 'bff-web' }) });
  });
  afterAll(() => web.stop());

  const post = (query: string, headers: Record<string, string>) =>
    web.post({ query }, { 'x-request-id': `req-${Math.random()}`, ...headers });

  it('names the request, trace, operation, principal, status, duration, cost and backend calls', async () => {
    const trace = clientTraceparent();
    const token = web.token('u0042');
    const cookie = 'session=cookie-secret-4711';
    const response = await post(ORDER_HISTORY, {
      authorization: `Bearer ${token}`,
      traceparent: trace.header,
      cookie,
    });
    expect(response.status).toBe(200);
    const line = await accessLineOf(log, response.headers.get('x-request-id') ?? '');
    expect(Object.keys(line).sort()).toEqual([...ACCESS_FIELDS].sort());
    expect(line).toMatchObject({
      level: 30,
      client: 'web',
      traceId: trace.traceId,
      operation: 'OrderHistory',
      principal: 'u0042',
      status: 200,
      cost: 341,
      upstreamCalls: 5,
      errorCodes: [],
    });
    expect(line.durationMs).toEqual(expect.any(Number));
    expect(log.accessLines().filter((l) => l.requestId === line.requestId)).toHaveLength(1);
    expect(log.text()).not.toContain(token);
    expect(log.text()).not.toContain('cookie-secret-4711');
    expect(log.text()).not.toMatch(/bearer/i);
  });

  it('logs a refused credential with its code and no principal', async () => {
    const response = await post('{ me { id } }', { authorization: 'Bearer not.a.token' });
    expect(response.status).toBe(401);
    const line = await accessLineOf(log, response.headers.get('x-request-id') ?? '');
    expect(line).toMatchObject({ status: 401, upstreamCalls: 0, errorCodes: ['UNAUTHENTICATED'] });
    expect(line.principal).toBeUndefined();
    expect(log.text()).not.toContain('not.a.token');
  });

  it("logs an invalid document's name and its error code", async () => {
    const response = await post('query Nope { nope }', { authorization: `Bearer ${web.token()}` });
    expect(response.status).toBe(400);
    const line = await accessLineOf(log, response.headers.get('x-request-id') ?? '');
    expect(line).toMatchObject({
      operation: 'Nope',
      status: 400,
      errorCodes: ['GRAPHQL_VALIDATION_FAILED'],
    });
  });

  it('censors credential headers should anything log them', () => {
    log.logger.info(
      { headers: { authorization: 'Bearer abc', 'x-api-key': 'k-123', cookie: 'c=1' } },
      'careless line',
    );
    const line = log.lines().find((l) => l.msg === 'careless line');
    expect(line?.headers).toEqual({
      authorization: '[redacted]',
      'x-api-key': '[redacted]',
      cookie: '[redacted]',
    });
  });
});

describe('access log: partner and mobile', () => {
  let partner: PartnerStack;
  let mobile: MobileStack;
  let log: CapturedLog;
  beforeAll(async () => {
    log = captureLog();
    [partner, mobile] = await Promise.all([
      startPartnerStack({ logger: log.logger.child({ service: 'bff-partner' }) }),
      startMobileStack({ logger: log.logger.child({ service: 'bff-mobile' }) }),
    ]);
  });
  afterAll(() => Promise.all([partner.stop(), mobile.stop()]));

  it('logs the partner id, never its API key', async () => {
    const response = await postGraphQL(
      partner.bff.url,
      { query: 'query PartnerProducts { products(ids: ["p00001"]) { id } }' },
      { 'x-api-key': partner.keys.valid },
    );
    expect(response.status).toBe(200);
    const line = await accessLineOf(log, response.headers.get('x-request-id') ?? '');
    expect(line).toMatchObject({ client: 'partner', principal: 'acme', status: 200 });
    expect(log.text()).not.toContain(partner.keys.valid);
  });

  it('logs the persisted hash mobile sent and the operation it named', async () => {
    const hash = mobile.hashOf('HomeScreen');
    const response = await postGraphQL(mobile.bff.url, persisted(hash), {
      authorization: `Bearer ${mobile.token()}`,
    });
    expect(response.status).toBe(200);
    const line = await accessLineOf(log, response.headers.get('x-request-id') ?? '');
    expect(line).toMatchObject({
      client: 'mobile',
      persistedHash: hash,
      operation: 'HomeScreen',
      principal: 'u0001',
      errorCodes: [],
    });
    expect(line.upstreamCalls).toEqual(expect.any(Number));
  });
});
