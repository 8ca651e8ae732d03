/** One backend call as the calling process saw it, in milliseconds on the request's clock. */
export interface CallMarks {
  /** e.g. 'orders' (REST, the path's first segment) or 'catalog' (gRPC, the package). */
  readonly upstream: string;
  readonly sent: number;
  /** When the answer's bytes had all arrived, before decoding; undefined if none came. */
  readonly answered: number | undefined;
}

/** One request as the process serving it saw it. */
export interface RequestMarks {
  readonly start: number;
  readonly calls: readonly CallMarks[];
  readonly end: number;
}

/**
 * A request made of two sequential waves of backend calls: the second wave's calls can only
 * be sent once `waitsFor` has answered (OrderHistory: catalog, inventory and reviews need
 * the product ids in the orders).
 */
export interface TwoWavePlan {
  readonly waitsFor: string;
  readonly secondWave: readonly string[];
}

/**
 * The serving process's own time on a request's critical path: everything but waiting for
 * backends. What the "at most 3 ms of BFF time" budgets, measured directly.
 */
export interface Phases {
  /** Request start to the first backend call sent: HTTP, auth, GraphQL, loaders. */
  readonly ingressMs: number;
  /** `waitsFor`'s answer to the second wave's first call: decoding, resolving, dispatching. */
  readonly betweenWavesMs: number;
  /** Last answer to the end of the response: decoding, assembling, serialising, writing. */
  readonly tailMs: number;
  /** ingress + between waves + tail. */
  readonly ownMs: number;
  readonly totalMs: number;
}

/** The phases of one request; undefined when it did not make the plan's calls. */
export function phasesOf(marks: RequestMarks, plan: TwoWavePlan): Phases | undefined {
  const answers = marks.calls.flatMap((c) => (c.answered === undefined ? [] : [c.answered]));
  const waitedFor = marks.calls.find((c) => c.upstream === plan.waitsFor)?.answered;
  const secondWave = marks.calls.filter((c) => plan.secondWave.includes(c.upstream));
  if (waitedFor === undefined || secondWave.length === 0) return undefined;
  const ingressMs = Math.min(...marks.calls.map((c) => c.sent)) - marks.start;
  const betweenWavesMs = Math.min(...secondWave.map((c) => c.sent)) - waitedFor;
  const tailMs = marks.end - Math.max(...answers);
  return {
    ingressMs,
    betweenWavesMs,
    tailMs,
    ownMs: ingressMs + betweenWavesMs + tailMs,
    totalMs: marks.end - marks.start,
  };
}
