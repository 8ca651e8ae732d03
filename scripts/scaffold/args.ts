export type UpstreamTransport = 'grpc' | 'rest';

export interface ScaffoldRequest {
  readonly name: string;
  readonly transport: UpstreamTransport;
  /** Where to write; default the project root. Tests scaffold into a scratch copy. */
  readonly root?: string;
}

export const USAGE = 'usage: npm run new:upstream -- <name> --grpc|--rest [--root=<dir>]';

/** `<name> --grpc|--rest [--root=<dir>]`, in any order; anything else is a usage error. */
export function parseArgs(args: readonly string[]): ScaffoldRequest {
  const positional = args.filter((arg) => !arg.startsWith('--'));
  const transports = args.filter((arg) => arg === '--grpc' || arg === '--rest');
  const roots = args.filter((arg) => arg.startsWith('--root='));
  const known = positional.length + transports.length + roots.length;
  const [name] = positional;
  if (!name || positional.length > 1 || transports.length !== 1 || roots.length > 1) {
    throw new Error(USAGE);
  }
  if (known !== args.length) throw new Error(USAGE);
  const root = roots[0]?.slice('--root='.length);
  return {
    name,
    transport: transports[0] === '--grpc' ? 'grpc' : 'rest',
    ...(root ? { root } : {}),
  };
}
