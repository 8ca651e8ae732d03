import { grpcTarget } from '../../../services/upstreams/grpc/grpc-target';
import { createRestPool } from '../../../services/upstreams/rest/rest-pool';

describe('grpcTarget', () => {
  it('keeps a single address as it is, balanced round robin', () => {
    const { target, channelOptions } = grpcTarget('catalog:50051');
    expect(target).toBe('catalog:50051');
    expect(JSON.parse(String(channelOptions['grpc.service_config']))).toEqual({
      loadBalancingConfig: [{ round_robin: {} }],
    });
  });

  it('turns a list of IPv4 instances into one ipv4: target', () => {
    expect(grpcTarget('10.0.0.4:50051, 10.0.0.5:50052').target).toBe(
      'ipv4:10.0.0.4:50051,10.0.0.5:50052',
    );
  });

  it('turns a list of bracketed IPv6 instances into one ipv6: target', () => {
    expect(grpcTarget('[::1]:1,[fd00::2]:2').target).toBe('ipv6:[::1]:1,[fd00::2]:2');
  });

  it.each([
    ['host names', 'catalog-1:50051,catalog-2:50051'],
    ['mixed families', '10.0.0.4:1,[::1]:2'],
    ['nothing', ' , '],
  ])('refuses a list of %s', (_case, address) => {
    expect(() => grpcTarget(address)).toThrow(TypeError);
  });
});

describe('createRestPool', () => {
  it('uses a plain Pool for one instance and keeps its path prefix', async () => {
    const { dispatcher, prefix } = createRestPool('http://127.0.0.1:1/api/', 4);
    expect(dispatcher.constructor.name).toBe('Pool');
    expect(prefix).toBe('/api');
    await dispatcher.close();
  });

  it('balances a comma-separated list over every distinct origin', async () => {
    const { dispatcher } = createRestPool('http://127.0.0.1:1, http://127.0.0.1:2,', 4);
    expect(dispatcher.constructor.name).toBe('BalancedPool');
    expect('upstreams' in dispatcher && dispatcher.upstreams).toEqual([
      'http://127.0.0.1:1',
      'http://127.0.0.1:2',
    ]);
    await dispatcher.close();
  });

  it('refuses instances with different path prefixes', () => {
    expect(() => createRestPool('http://a:1/v1,http://b:1/v2', 4)).toThrow(/same path/);
  });
});
