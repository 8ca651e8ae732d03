import { startWebStack, type WebStack } from '../../support/web-bff';

describe('web BFF and persisted-query hashes', () => {
  let stack: WebStack;
  beforeAll(async () => {
    stack = await startWebStack();
  });
  afterAll(() => stack.stop());

  it('answers a hash with PERSISTED_QUERY_NOT_SUPPORTED so Apollo clients fall back to the document', async () => {
    const hash = { extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } };
    const { status, body } = await stack.post(hash, { authorization: `Bearer ${stack.token()}` });
    expect(body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
    expect(status).toBe(400);
    expect(stack.backends.totalCalls()).toBe(0);
  });
});
