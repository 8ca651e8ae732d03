/** Per-operation limits the edge enforces after validation and before any resolver runs. */
export interface QueryLimits {
  /** Deepest field nesting, fragments flattened; `__typename` adds no level. Default: 10. */
  readonly maxDepth: number;
  /** Aliased fields, fragments expanded, aliased `__typename` included. Default: 15. */
  readonly maxAliases: number;
  /** Distinct response keys selected at the root. Default: 10. */
  readonly maxRootFields: number;
  /** Directive uses in the operation, fragments expanded. Default: 5. */
  readonly maxDirectives: number;
  /** Ceiling on the estimated cost of one operation (`estimateOperationCost`). Default: 5000. */
  readonly maxCost: number;
  /** Largest value of a page-size argument (first/last/limit/pageSize, `@listSize` slicing). Default: 100. */
  readonly maxPageSize: number;
  /** Longest string in an argument or variable. Default: 1000. */
  readonly maxStringLength: number;
  /** What every ID argument or variable must match (anchored). Default: /^[A-Za-z0-9_-]{1,64}$/. */
  readonly idPattern: RegExp;
}

/** The web client's figures (shared reference, "Limits per client"); see readQueryLimits. */
export const DEFAULT_QUERY_LIMITS: QueryLimits = Object.freeze({
  maxDepth: 10,
  maxAliases: 15,
  maxRootFields: 10,
  maxDirectives: 5,
  maxCost: 5000,
  maxPageSize: 100,
  maxStringLength: 1000,
  idPattern: /^[A-Za-z0-9_-]{1,64}$/,
});

/** Fills in defaults; a global or sticky pattern would make `test()` stateful, so its flags go. */
export function resolveQueryLimits(limits: Partial<QueryLimits> = {}): QueryLimits {
  const merged = { ...DEFAULT_QUERY_LIMITS, ...limits };
  const flags = merged.idPattern.flags.replace(/[gy]/g, '');
  return Object.freeze({ ...merged, idPattern: new RegExp(merged.idPattern.source, flags) });
}
