import { readPrincipal } from '../../../services/backends/common/principal';

const reader = (values: Record<string, string>) => (name: string) => values[name];

describe('readPrincipal', () => {
  it('is undefined when no x-principal-kind was sent', () => {
    expect(readPrincipal(reader({ 'x-principal-id': 'u0001' }))).toBeUndefined();
  });

  it('reads kind, id and space- or comma-separated scopes', () => {
    const principal = readPrincipal(
      reader({
        'x-principal-kind': 'user',
        'x-principal-id': 'u0001',
        'x-principal-scopes': 'orders:read  orders:write,profile',
      }),
    );
    expect(principal).toEqual({
      kind: 'user',
      id: 'u0001',
      scopes: ['orders:read', 'orders:write', 'profile'],
    });
  });

  it('gives empty scopes when none were sent', () => {
    expect(readPrincipal(reader({ 'x-principal-kind': 'partner' }))).toEqual({
      kind: 'partner',
      id: undefined,
      scopes: [],
    });
  });
});
