import { sumServedRequests, sumUpstreamCalls } from '../../../scripts/bench/probe/upstream-calls';

const METRICS = `# HELP frontdoor_upstream_requests_total Calls sent to backends.
# TYPE frontdoor_upstream_requests_total counter
frontdoor_upstream_requests_total{upstream="users",operation="batchGetUsers"} 10
frontdoor_upstream_requests_total{upstream="users",operation="healthz"} 3
frontdoor_upstream_requests_total{upstream="catalog",operation="BatchGetProducts"} 12
frontdoor_upstream_requests_total{upstream="catalog",operation="health.Check"} 3
frontdoor_upstream_request_duration_seconds_count{upstream="users",operation="batchGetUsers",outcome="ok"} 10
frontdoor_http_requests_total{client="web",status="200"} 9
frontdoor_http_requests_total{client="web",status="400"} 1
`;

describe('sumUpstreamCalls', () => {
  it('sums every upstream and operation except health checks', () => {
    expect(sumUpstreamCalls(METRICS)).toBe(22);
  });

  it('is 0 before any call was made', () => {
    expect(sumUpstreamCalls('# no samples yet\n')).toBe(0);
  });
});

describe('sumServedRequests', () => {
  it('sums answered requests over every status', () => {
    expect(sumServedRequests(METRICS)).toBe(10);
  });
});
