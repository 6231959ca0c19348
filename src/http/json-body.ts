import type { IncomingMessage } from 'node:http';

/** A body refused, with the status and type Express's body reader gives the same refusal (see http-errors.ts). */
export class BodyReadError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

const PLAIN_JSON = /^application\/json\s*(?:;\s*charset\s*=\s*(?:utf-8|"utf-8")\s*)?$/i;
const LENGTH = /^\d{1,15}$/;
const BOM = 0xfeff;

/**
 * What the lean reader takes: a POST of uncompressed UTF-8 JSON whose Content-Length is given,
 * above zero and within the limit. Anything else (chunked, compressed, another charset or type, an
 * empty or oversized body, GET) goes to Express's reader, which answers it as it always has.
 */
export function isPlainJsonPost(req: IncomingMessage, maxBytes: number): boolean {
  if (req.method !== 'POST') return false;
  const { headers } = req;
  if (headers['content-type'] === undefined || !PLAIN_JSON.test(headers['content-type'])) return false;
  const encoding = headers['content-encoding'];
  if (encoding !== undefined && encoding.toLowerCase() !== 'identity') return false;
  if (headers['transfer-encoding'] !== undefined) return false;
  const length = headers['content-length'];
  if (length === undefined || !LENGTH.test(length)) return false;
  const bytes = Number(length);
  return bytes > 0 && bytes <= maxBytes;
}

/**
 * The JSON of a request isPlainJsonPost accepted, parsed as Express's strict reader parses it (a
 * leading byte order mark dropped, an object or an array only), without its content-type, charset
 * and stream machinery. Node's parser holds the body to its Content-Length, which the check above
 * bounded: no more can arrive.
 */
export function readPlainJson(req: IncomingMessage, done: (error: unknown, body?: unknown) => void): void {
  const expected = Number(req.headers['content-length']);
  const chunks: Buffer[] = [];
  let received = 0;
  let settled = false;
  const settle = (error: unknown, body?: unknown) => {
    if (settled) return;
    settled = true;
    req.off('data', onData);
    req.off('end', onEnd);
    req.off('error', onAbort);
    req.off('close', onAbort);
    done(error, body);
  };
  const onData = (chunk: Buffer) => {
    chunks.push(chunk);
    received += chunk.length;
  };
  const onEnd = () => {
    if (received !== expected) {
      settle(new BodyReadError(400, 'request.size.invalid', 'request size did not match content length'));
      return;
    }
    settle(...parsed(Buffer.concat(chunks, received).toString('utf8')));
  };
  const onAbort = () => settle(new BodyReadError(400, 'request.aborted', 'request aborted'));
  req.on('data', onData);
  req.on('end', onEnd);
  req.on('error', onAbort);
  req.on('close', onAbort);
}

function parsed(raw: string): [unknown, unknown?] {
  const text = raw.charCodeAt(0) === BOM ? raw.slice(1) : raw;
  const first = /^[ \t\n\r]*(.)/.exec(text)?.[1];
  if (first !== '{' && first !== '[')
    return [new BodyReadError(400, 'entity.parse.failed', 'the body is neither an object nor an array')];
  try {
    return [null, JSON.parse(text) as unknown];
  } catch {
    return [new BodyReadError(400, 'entity.parse.failed', 'the body is not valid JSON')];
  }
}
