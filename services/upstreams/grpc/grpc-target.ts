import { isIPv4, isIPv6 } from 'node:net';
import { type ChannelOptions } from '@grpc/grpc-js';

export interface GrpcTarget {
  /** A grpc-js target: the address as given, or `ipv4:`/`ipv6:` with every instance. */
  target: string;
  channelOptions: ChannelOptions;
}

/**
 * round_robin instead of grpc-js's default pick_first: calls are spread over every address
 * the target resolves to (several instances, or a DNS name with several records), and only
 * READY subchannels are picked, so a dead instance is skipped until it reconnects.
 */
const ROUND_ROBIN = JSON.stringify({ loadBalancingConfig: [{ round_robin: {} }] });

/**
 * `address` is `host:port` or a comma-separated list of instances. A list must be IP
 * literals: grpc-js's `ipv4:`/`ipv6:` schemes (gRPC naming doc) take several addresses in
 * one target; for host names use one DNS name that resolves to every instance.
 */
export function grpcTarget(address: string): GrpcTarget {
  const parts = address
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  const channelOptions: ChannelOptions = { 'grpc.service_config': ROUND_ROBIN };
  const [first] = parts;
  if (first === undefined) throw new TypeError('address names no instance');
  if (parts.length === 1) return { target: first, channelOptions };
  if (parts.every((part) => isIPv4(hostOf(part)))) {
    return { target: `ipv4:${parts.join(',')}`, channelOptions };
  }
  if (parts.every((part) => isIPv6(hostOf(part)))) {
    return { target: `ipv6:${parts.join(',')}`, channelOptions };
  }
  throw new TypeError('a list of gRPC addresses must be all IPv4 or all [IPv6] literals');
}

/** `10.0.0.4:50051` -> `10.0.0.4`; `[::1]:50051` -> `::1`. */
function hostOf(hostPort: string): string {
  const host = hostPort.slice(0, Math.max(0, hostPort.lastIndexOf(':')));
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}
