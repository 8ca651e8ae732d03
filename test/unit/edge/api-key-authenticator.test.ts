import {
  createApiKeyAuthenticator,
  hashApiKey,
  type ApiKeyRecord,
  type Authenticator,
} from '../../../services/edge';
import { generateTestKeyPair, mintToken } from '../../support/tokens';

const GOLD_KEY = 'fd_test_gold_0123456789abcdefghijklmnopqrstuv';
const OLD_KEY = 'fd_test_old_0123456789abcdefghijklmnopqrstuvw';

const records: ApiKeyRecord[] = [
  {
    id: 'k-gold',
    sha256: hashApiKey(GOLD_KEY),
    partnerId: 'acme',
    scopes: ['catalog:read', 'inventory:read'],
    plan: 'gold',
  },
  {
    id: 'k-old',
    sha256: hashApiKey(OLD_KEY),
    partnerId: 'acme',
    scopes: ['catalog:read'],
    plan: 'default',
    revoked: true,
  },
];

describe('createApiKeyAuthenticator', () => {
  const auth: Authenticator = createApiKeyAuthenticator({ keys: records });

  it('returns the partner principal of a configured key sent in x-api-key', async () => {
    await expect(auth.authenticate({ 'x-api-key': GOLD_KEY })).resolves.toEqual({
      kind: 'partner',
      id: 'acme',
      scopes: ['catalog:read', 'inventory:read'],
      plan: 'gold',
    });
  });

  it('announces its header in the 401 challenge', () => {
    expect(auth.challenge).toBe('ApiKey header="x-api-key"');
  });

  const bearer = `Bearer ${mintToken({ keys: generateTestKeyPair('RS256') })}`;
  it.each<[string, Record<string, string | string[] | undefined>]>([
    ['no header', {}],
    ['an empty key', { 'x-api-key': '' }],
    ['an unknown key', { 'x-api-key': 'fd_test_nobody' }],
    ['a key that differs in its last character', { 'x-api-key': GOLD_KEY.slice(0, -1) + 'w' }],
    ['the hash instead of the key', { 'x-api-key': hashApiKey(GOLD_KEY) }],
    ['a revoked key', { 'x-api-key': OLD_KEY }],
    ['the key sent twice', { 'x-api-key': [GOLD_KEY, GOLD_KEY] }],
    ['the key in Authorization', { authorization: `Bearer ${GOLD_KEY}` }],
    ['a bearer JWT instead of a key', { authorization: bearer }],
    ['a 10 KB value', { 'x-api-key': 'k'.repeat(10_000) }],
  ])('rejects %s with the one UNAUTHENTICATED error', async (_name, headers) => {
    const failure = await auth.authenticate(headers).catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: 'UNAUTHENTICATED', message: 'Authentication required.' });
  });

  it('authenticates nobody when no key is configured', async () => {
    const none = createApiKeyAuthenticator({ keys: [] });
    await expect(none.authenticate({ 'x-api-key': GOLD_KEY })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });

  it('throws at construction for a record whose hash is not 64 hex digits', () => {
    const bad = [{ ...records[0], sha256: 'abc' } as ApiKeyRecord];
    expect(() => createApiKeyAuthenticator({ keys: bad })).toThrow(/k-gold/);
  });
});
