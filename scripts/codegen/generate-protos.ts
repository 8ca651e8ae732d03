import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { GRPC_SERVICES, PROTO_LOADER_OPTIONS } from '../../services/contracts';
import type { GeneratedFile } from './generated-files';

export const PROTO_TYPES_DIR = 'services/contracts/grpc/generated';

/**
 * proto-loader-gen-types flags spelled from PROTO_LOADER_OPTIONS itself, so the generated
 * message types describe what the runtime loader delivers (camelCase, int64 as number,
 * defaults filled in). A new option in that object fails here until it is mapped.
 */
export function protoLoaderFlags(options: object = PROTO_LOADER_OPTIONS): string[] {
  return Object.entries(options).map(([name, value]) => {
    if (typeof value === 'boolean') return `--${name}=${value}`;
    if (value === Number || value === String)
      return `--${name}=${(value as { name: string }).name}`;
    throw new Error(`codegen: cannot pass proto-loader option ${name} to proto-loader-gen-types`);
  });
}

/**
 * Message and service types for every proto in GRPC_SERVICES. No --grpcLib: only the message
 * shapes are used (the transports stay untyped at the channel), and without it the output has
 * no `any`. Generated into a temporary folder and read back, so --check writes nothing.
 */
export function generateProtoTypes(root: string): GeneratedFile[] {
  const out = mkdtempSync(join(tmpdir(), 'frontdoor-protos-'));
  try {
    const files = Object.values(GRPC_SERVICES).map((service) => service.file);
    execFileSync(
      join(root, 'node_modules', '.bin', 'proto-loader-gen-types'),
      [...protoLoaderFlags(), '--includeComments', '-I', 'protos', '-O', out, ...files],
      { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    return listFiles(out).map((file) => ({
      path: join(PROTO_TYPES_DIR, relative(out, file)),
      content: readFileSync(file, 'utf8'),
    }));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? listFiles(path) : [path];
    })
    .sort();
}
