import { Writable } from 'node:stream';
import pino from 'pino';
import { startApplication, type RunningApplication } from '../../src/application';
import { loadConfig } from '../../src/config';
import { TEST_API_KEYS, TEST_JWT_SECRET } from '../support/test-application';

/** Appears in every hostile body: it must reach neither the logs nor the answer. */
const MARKER = 'body-marker-4c1d';

describe('bad requests in production: 4xx, a clear message, at most one quiet log line', () => {
  let app: RunningApplication;
  const logLines: string[] = [];

  beforeAll(async () => {
    const config = loadConfig({
      ...process.env,
      NODE_ENV: 'production',
      PORT: '0',
      AUTH_JWT_SECRET: TEST_JWT_SECRET,
      AUTH_API_KEYS: Object.entries(TEST_API_KEYS)
        .map(([role, key]) => `${role}-key:${role}:${key}`)
        .join(','),
      MAX_BODY_BYTES: '4000',
    });
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logLines.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    });
    app = await startApplication(config, pino({ level: 'debug' }, sink));
  });

  afterAll(() => app.stop());

  async function post(body: string) {
    logLines.length = 0;
    const before = app.executor.queryCount;
    const response = await fetch(app.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': TEST_API_KEYS.reader },
      body,
    });
    const text = await response.text();
    return {
      status: response.status,
      contentType: response.headers.get('content-type'),
      text,
      body: JSON.parse(text) as Record<string, unknown> & {
        errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
      },
      queries: app.executor.queryCount - before,
    };
  }

  function expectQuietLogs(atMost: number) {
    expect(logLines.length).toBeLessThanOrEqual(atMost);
    for (const line of logLines) {
      expect(line).not.toContain('stack');
      expect(line).not.toContain(MARKER);
      expect(line).not.toMatch(/\n\s+at /);
    }
  }

  const cursor = (text: string) => Buffer.from(text).toString('base64url');

  it.each([
    ['an offset too large for an integer', cursor('offset:1e308')],
    ['an offset past the safe integers', cursor('offset:90071992547409930')],
    ['a negative offset', cursor('offset:-1')],
    ['an offset in hexadecimal', cursor('offset:0x10')],
    ['something else', cursor(`${MARKER}'; MATCH (n) DETACH DELETE n //`)],
  ])('refuses a cursor with %s as bad input on `after`, running nothing', async (_name, after) => {
    const { status, body, queries } = await post(
      JSON.stringify({
        query: 'query($after: String) { events(after: $after) { totalCount } }',
        variables: { after },
      }),
    );
    expect(status).toBe(200);
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ path: 'after', message: expect.stringContaining('is not a cursor of this list') }],
    });
    expect(queries).toBe(0);
    expectQuietLogs(0);
  });

  it('still reads a cursor it made', async () => {
    const { body } = await post(
      JSON.stringify({ query: `{ events(first: 1, after: "${cursor('offset:0')}") { edges { cursor } } }` }),
    );
    expect(body.errors).toBeUndefined();
    expect(body['data']).toEqual({ events: { edges: [{ cursor: cursor('offset:1') }] } });
  });

  it('answers a persisted-query hash that does not match the query with a 400 BAD_REQUEST', async () => {
    const { status, body } = await post(
      JSON.stringify({
        query: `{ __typename } # ${MARKER}`,
        extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } },
      }),
    );
    expect(status).toBe(400);
    expect(body.errors).toEqual([
      { message: 'provided sha does not match query', extensions: { code: 'BAD_REQUEST' } },
    ]);
    expectQuietLogs(0);
  });

  it('answers an oversized body with a JSON 413 and one log line', async () => {
    const { status, contentType, body, text } = await post(
      JSON.stringify({ query: '{ __typename }', padding: MARKER.repeat(1000) }),
    );
    expect(status).toBe(413);
    expect(contentType).toContain('application/json');
    expect(body).toEqual({
      error: 'The body is larger than this server accepts (4000 bytes)',
      code: 'PAYLOAD_TOO_LARGE',
      problems: [],
    });
    expect(text).not.toContain(MARKER);
    expect(logLines).toHaveLength(1);
    expect(JSON.parse(logLines[0]!)).toMatchObject({
      status: 413,
      reason: 'entity.too.large',
      msg: 'request refused',
    });
    expectQuietLogs(1);
  });

  it('answers malformed JSON with a JSON 400 that quotes nothing of the body, and one log line', async () => {
    const { status, contentType, body, text } = await post(`{"query": "{ __typename }", ${MARKER}`);
    expect(status).toBe(400);
    expect(contentType).toContain('application/json');
    expect(body).toEqual({ error: 'The body is not valid JSON', code: 'BAD_REQUEST', problems: [] });
    expect(text).not.toContain(MARKER);
    expect(logLines).toHaveLength(1);
    expectQuietLogs(1);
  });
});
