import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { isPlainJsonPost, readPlainJson } from '../../src/http/json-body';

const LIMIT = 1_000;

/** A server that reads each plain JSON POST with readPlainJson and answers what it read. */
function echoServer(): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    if (!isPlainJsonPost(req, LIMIT)) {
      res.end(JSON.stringify({ plain: false }));
      req.resume();
      return;
    }
    readPlainJson(req, (error, body) => {
      const { status, type } = (error ?? {}) as { status?: number; type?: string };
      res.end(JSON.stringify(error ? { status, type } : { plain: true, body }));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Sends a body as raw bytes with exactly these headers (no Content-Length unless given). */
function send(
  server: http.Server,
  headers: Record<string, string>,
  body: Buffer | string,
  method = 'POST',
): Promise<unknown> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const request = http.request({ port, host: '127.0.0.1', method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
    });
    request.on('error', reject);
    request.end(body);
  });
}

const json = (body: Buffer | string, type = 'application/json') => ({
  'content-type': type,
  'content-length': String(Buffer.byteLength(body)),
});

describe('the lean JSON body reader', () => {
  let server: http.Server;
  beforeAll(async () => {
    server = await echoServer();
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('reads a plain JSON POST as Express would, a byte order mark and spaces before it too', async () => {
    const body = '\uFEFF \n {"query": "{ __typename }", "variables": {"name": "Zoë"}}';
    expect(await send(server, json(body, 'Application/JSON; charset="UTF-8"'), body)).toEqual({
      plain: true,
      body: { query: '{ __typename }', variables: { name: 'Zoë' } },
    });
  });

  it('refuses what is not JSON, or JSON that is neither an object nor an array, as Express does', async () => {
    for (const body of ['{"query": ', '"{ __typename }"', 'null', 'query { x }'])
      expect(await send(server, json(body), body)).toEqual({ status: 400, type: 'entity.parse.failed' });
  });

  it("leaves to Express's reader what it does not read: other types, charsets, encodings, lengths and methods", async () => {
    const body = '{"query": "{ __typename }"}';
    const others: Array<[Record<string, string>, string?]> = [
      [json(body, 'text/plain')],
      [json(body, 'application/json; charset=utf-16')],
      [json(body, 'application/graphql-response+json')],
      [{ ...json(body), 'content-encoding': 'gzip' }],
      [{ 'content-type': 'application/json', 'transfer-encoding': 'chunked' }],
      [{ 'content-type': 'application/json', 'content-length': '0' }, ''],
      [json('x'.repeat(LIMIT + 1)), 'x'.repeat(LIMIT + 1)],
      [json(body), 'PUT'],
    ];
    for (const [headers, bodyOrMethod] of others) {
      const method = bodyOrMethod === 'PUT' ? 'PUT' : 'POST';
      const sent = bodyOrMethod === undefined || bodyOrMethod === 'PUT' ? body : bodyOrMethod;
      expect(await send(server, headers, sent, method)).toEqual({ plain: false });
    }
  });
});
