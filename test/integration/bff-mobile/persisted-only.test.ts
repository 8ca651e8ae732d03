import { callCounts, getGraphQL, postGraphQL } from '../../support/graphql-http';
import { persisted, startMobileStack, type MobileStack } from '../../support/mobile-bff';

describe('mobile BFF executes persisted operations only', () => {
  let stack: MobileStack;
  let auth: Record<string, string>;
  beforeAll(async () => {
    stack = await startMobileStack();
    auth = { authorization: `Bearer ${stack.token()}` };
  });
  afterAll(() => stack.stop());
  beforeEach(() => stack.backends.clearCalls());

  const expectRejected = (
    response: {
      status: number;
      body: { errors?: Array<{ extensions?: Record<string, unknown> }> };
    },
    status: number,
    code: string,
  ) => {
    expect(response.status).toBe(status);
    expect(response.body.errors?.[0]?.extensions?.code).toBe(code);
    expect(callCounts(stack.backends)).toEqual([0, 0, 0, 0, 0]);
  };

  it('answers a free-form document with 400 PERSISTED_QUERY_ID_REQUIRED and no backend call', async () => {
    expectRejected(
      await postGraphQL(stack.bff.url, { query: '{ homeScreen { greeting } }' }, auth),
      400,
      'PERSISTED_QUERY_ID_REQUIRED',
    );
  });

  it('answers an unknown hash with 400 PERSISTED_QUERY_NOT_IN_LIST and no backend call', async () => {
    expectRejected(
      await postGraphQL(stack.bff.url, persisted('f'.repeat(64)), auth),
      400,
      'PERSISTED_QUERY_NOT_IN_LIST',
    );
  });

  it('does not register a document sent along with a new hash (automatic persisted queries are off)', async () => {
    const attempt = { query: '{ homeScreen { greeting } }', ...persisted('a'.repeat(64)) };
    expectRejected(
      await postGraphQL(stack.bff.url, attempt, auth),
      400,
      'PERSISTED_QUERY_ID_REQUIRED',
    );
    expectRejected(
      await postGraphQL(stack.bff.url, persisted('a'.repeat(64)), auth),
      400,
      'PERSISTED_QUERY_NOT_IN_LIST',
    );
  });

  it('rejects an unknown hash over GET as well', async () => {
    const response = await getGraphQL(
      stack.bff.url,
      { extensions: { persistedQuery: { version: 1, sha256Hash: 'e'.repeat(64) } } },
      auth,
    );
    expectRejected(response, 400, 'PERSISTED_QUERY_NOT_IN_LIST');
  });

  it('rejects a token minted for the web audience with 401', async () => {
    const web = { authorization: `Bearer ${stack.token('u0001', 'frontdoor-web')}` };
    expectRejected(
      await postGraphQL(stack.bff.url, persisted(stack.hashOf('HomeScreen')), web),
      401,
      'UNAUTHENTICATED',
    );
  });

  it('rejects a request without a token with 401 before looking at the operation', async () => {
    expectRejected(
      await postGraphQL(stack.bff.url, { query: '{ homeScreen { greeting } }' }),
      401,
      'UNAUTHENTICATED',
    );
  });
});
