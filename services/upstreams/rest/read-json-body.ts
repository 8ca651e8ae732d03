import { type Dispatcher } from 'undici';

type Body = Dispatcher.ResponseData['body'];

/** Thrown for a body that is too large, not JSON, or not valid JSON. */
export class BadBodyError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'BadBodyError';
  }
}

/**
 * Reads a JSON body, counting bytes as they arrive: a 20 MB answer is refused at the first
 * chunk past `maxBytes` (or at once from its content-length) instead of being buffered.
 * A declared non-JSON content type (an HTML error page) is refused without parsing; a
 * missing one is tolerated, but the body must still be valid JSON.
 */
export async function readJsonBody(
  body: Body,
  headers: Dispatcher.ResponseData['headers'],
  maxBytes: number,
): Promise<unknown> {
  const type = headerValue(headers['content-type']);
  if (type !== undefined && !/^application\/([\w.+-]+\+)?json\b/i.test(type)) {
    await discardBody(body);
    throw new BadBodyError(`content-type ${type.slice(0, 60)}`);
  }
  const text = await readCapped(body, headers, maxBytes);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new BadBodyError(`invalid JSON (${String(error).slice(0, 80)})`);
  }
}

/** Reads at most `maxBytes` of a body as UTF-8; more is a BadBodyError. */
export async function readCapped(
  body: Body,
  headers: Dispatcher.ResponseData['headers'],
  maxBytes: number,
): Promise<string> {
  const length = headerValue(headers['content-length']);
  const declared = length === undefined ? NaN : Number(length);
  if (declared > maxBytes) {
    await discardBody(body);
    throw new BadBodyError(`content-length ${declared} over ${maxBytes}`);
  }
  // A declared length within the cap is exactly what arrives (undici fails a body that runs
  // past it), so it is read whole: the streaming count below costs a promise per chunk.
  if (declared >= 0) return body.text();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    size += chunk.length;
    // Leaving the loop by throwing destroys the stream, so the rest is never read.
    if (size > maxBytes) throw new BadBodyError(`body over ${maxBytes} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size).toString('utf8');
}

/** Enough for an ErrorBody or a short HTML page; anything larger is not worth reading. */
export const DISCARD_MAX_BYTES = 16 * 1024;

/**
 * Drops a body we will not use. A small one is drained so its keep-alive socket goes back
 * to the pool; a larger one (or one declared larger) closes the socket instead of being read.
 */
export async function discardBody(body: Body): Promise<void> {
  await body.dump({ limit: DISCARD_MAX_BYTES }).catch(() => undefined);
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
