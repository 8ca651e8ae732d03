/** One partner API key as configured: only its SHA-256 is ever stored, never the key. */
export interface ApiKeyRecord {
  /** Key id for logs and audits (never the key itself). */
  id: string;
  /** Lowercase hex SHA-256 of the key. */
  sha256: string;
  /** Becomes the principal id: rate-limit keys, logs, backend metadata. */
  partnerId: string;
  scopes: string[];
  /** Throttling / quota plan name. */
  plan: string;
  /** A revoked key authenticates nobody; removing the record has the same effect. */
  revoked?: boolean;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;
// The partner id travels as a principal id: the same boring alphabet as a JWT `sub`.
const PARTNER_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Validates a parsed API_KEYS document (a JSON array of ApiKeyRecord), listing every problem
 * with the index of the record, so an operator fixes the file in one pass.
 */
export function checkApiKeyRecords(value: unknown): {
  records: ApiKeyRecord[];
  problems: string[];
} {
  if (!Array.isArray(value)) return { records: [], problems: ['must be a JSON array of records'] };
  const problems: string[] = [];
  const records: ApiKeyRecord[] = [];
  value.forEach((entry: unknown, index) => {
    const found = problemsOf(entry);
    problems.push(...found.map((p) => `record ${index}: ${p}`));
    if (found.length === 0) records.push(normalise(entry as ApiKeyRecord));
  });
  problems.push(...duplicates(records));
  return { records, problems };
}

function problemsOf(entry: unknown): string[] {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    return ['must be an object'];
  }
  const r = entry as Record<string, unknown>;
  const problems: string[] = [];
  if (!nonEmpty(r.id)) problems.push('id must be a non-empty string');
  if (typeof r.sha256 !== 'string' || !SHA256_HEX.test(r.sha256)) {
    problems.push('sha256 must be 64 lowercase hex characters');
  }
  if (typeof r.partnerId !== 'string' || !PARTNER_ID.test(r.partnerId)) {
    problems.push('partnerId must be 1-64 characters of A-Z a-z 0-9 _ -');
  }
  if (!Array.isArray(r.scopes) || !r.scopes.every(nonEmpty)) {
    problems.push('scopes must be an array of non-empty strings');
  }
  if (!nonEmpty(r.plan)) problems.push('plan must be a non-empty string');
  if (r.revoked !== undefined && typeof r.revoked !== 'boolean') {
    problems.push('revoked must be true or false');
  }
  return problems;
}

function duplicates(records: readonly ApiKeyRecord[]): string[] {
  const problems: string[] = [];
  const seen = { id: new Set<string>(), sha256: new Set<string>() };
  for (const record of records) {
    if (seen.id.has(record.id)) problems.push(`duplicate key id "${record.id}"`);
    if (seen.sha256.has(record.sha256)) problems.push(`key "${record.id}" repeats another hash`);
    seen.id.add(record.id);
    seen.sha256.add(record.sha256);
  }
  return problems;
}

function normalise(record: ApiKeyRecord): ApiKeyRecord {
  const { id, sha256, partnerId, scopes, plan, revoked } = record;
  return { id, sha256, partnerId, scopes: [...scopes], plan, ...(revoked ? { revoked } : {}) };
}

function nonEmpty(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}
