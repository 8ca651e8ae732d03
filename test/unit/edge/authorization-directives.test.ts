import { ApolloServer } from '@apollo/server';
import { makeExecutableSchema } from '@graphql-tools/schema';
import {
  applyAuthorizationDirectives,
  AUTHORIZATION_DIRECTIVES_SDL,
  createErrorFormatter,
  type Principal,
} from '../../../services/edge';

interface Ctx {
  principal?: Principal;
}

const typeDefs = [
  AUTHORIZATION_DIRECTIVES_SDL,
  /* GraphQL */ `
    type Order @requiresScopes(scopes: [["orders:read"]]) {
      id: ID!
      total: Int
    }
    type Profile {
      name: String
      email: String @requiresScopes(scopes: [["profile:email"], ["admin"]])
    }
    type Secret @authenticated {
      code: String
    }
    type Query {
      public: String
      me: Profile @authenticated
      orders: [Order!]
      audit: String @requiresScopes(scopes: [["audit:read", "admin"]])
      secret: Secret
    }
  `,
];

function setup() {
  const calls: Record<string, number> = {};
  const count =
    <T>(name: string, value: T) =>
    () => ((calls[name] = (calls[name] ?? 0) + 1), value);
  const resolvers = {
    Query: {
      public: count('public', 'hi'),
      me: count('me', { name: 'Ada', email: 'ada@example.com' }),
      orders: count('orders', [{ id: 'o1', total: 5 }]),
      audit: count('audit', 'log'),
      secret: count('secret', { code: 'x' }),
    },
  };
  const schema = applyAuthorizationDirectives<Ctx>(
    makeExecutableSchema({ typeDefs, resolvers }),
    (context) => context.principal,
  );
  const server = new ApolloServer<Ctx>({ schema, formatError: createErrorFormatter() });
  return { server, calls };
}

const user = (scopes: string[]): Principal => ({ kind: 'user', id: 'u1', scopes, plan: 'default' });

async function run(server: ApolloServer<Ctx>, query: string, principal?: Principal) {
  const response = await server.executeOperation({ query }, { contextValue: { principal } });
  const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
  return { status: response.http.status ?? 200, data: body?.data, errors: body?.errors };
}

describe('applyAuthorizationDirectives', () => {
  const { server, calls } = setup();
  beforeAll(() => server.start());
  afterAll(() => server.stop());
  beforeEach(() => Object.keys(calls).forEach((k) => delete calls[k]));

  it('nulls an @authenticated field for an anonymous caller with FORBIDDEN at its path, serving the rest', async () => {
    const res = await run(server, '{ public me { name } }');
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ public: 'hi', me: null });
    expect(res.errors).toEqual([
      expect.objectContaining({ path: ['me'], extensions: { code: 'FORBIDDEN' } }),
    ]);
  });

  it('checks before the resolver runs, so a denied field calls no backend', async () => {
    await run(server, '{ me { name } audit }', user([]));
    expect(calls.me).toBe(1);
    expect(calls.audit).toBeUndefined();
  });

  it('lets a principal read an @authenticated field', async () => {
    const res = await run(server, '{ me { name } }', user([]));
    expect(res.data).toEqual({ me: { name: 'Ada' } });
    expect(res.errors).toBeUndefined();
  });

  it('treats the outer list of @requiresScopes as OR', async () => {
    const query = '{ me { email } }';
    expect((await run(server, query, user(['profile:email']))).data).toEqual({
      me: { email: 'ada@example.com' },
    });
    expect((await run(server, query, user(['admin']))).data).toEqual({
      me: { email: 'ada@example.com' },
    });
    const denied = await run(server, query, user(['profile:name']));
    expect(denied.data).toEqual({ me: { email: null } });
    expect(denied.errors?.[0]).toMatchObject({
      path: ['me', 'email'],
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it('treats an inner list of @requiresScopes as AND', async () => {
    expect((await run(server, '{ audit }', user(['audit:read']))).data).toEqual({ audit: null });
    expect((await run(server, '{ audit }', user(['audit:read', 'admin']))).data).toEqual({
      audit: 'log',
    });
  });

  it("applies a type's directive to the fields returning it, before their resolver", async () => {
    const res = await run(server, '{ orders { id } }', user([]));
    expect(res.data).toEqual({ orders: null });
    expect(res.errors?.[0]).toMatchObject({ path: ['orders'], extensions: { code: 'FORBIDDEN' } });
    expect(calls.orders).toBeUndefined();
    const allowed = await run(server, '{ orders { id total } }', user(['orders:read']));
    expect(allowed.data).toEqual({ orders: [{ id: 'o1', total: 5 }] });
  });

  it('applies @authenticated on a type to fields returning it', async () => {
    expect((await run(server, '{ secret { code } }')).data).toEqual({ secret: null });
    expect((await run(server, '{ secret { code } }', user([]))).data).toEqual({
      secret: { code: 'x' },
    });
  });

  it('leaves the schema it was given unprotected and unchanged', async () => {
    const plain = makeExecutableSchema({ typeDefs, resolvers: { Query: { audit: () => 'log' } } });
    const protectedSchema = applyAuthorizationDirectives<Ctx>(plain, (c) => c.principal);
    expect(protectedSchema).not.toBe(plain);
    const direct = new ApolloServer<Ctx>({ schema: plain });
    const response = await direct.executeOperation({ query: '{ audit }' }, { contextValue: {} });
    expect(response.body.kind === 'single' && response.body.singleResult.data).toEqual({
      audit: 'log',
    });
  });
});
