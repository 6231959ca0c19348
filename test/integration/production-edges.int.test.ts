import type { RunningApplication } from '../../src/application';
import { postGraphQL, startTestApplication, TEST_API_KEYS } from '../support/test-application';

describe('quiet by default in production', () => {
  let app: RunningApplication;

  beforeAll(async () => {
    app = await startTestApplication({ NODE_ENV: 'production' });
  });

  afterAll(() => app.stop());

  it('keeps serverInfo for readers', async () => {
    const anonymous = await postGraphQL(app, { query: '{ serverInfo { version } }' }, { as: 'anonymous' });
    expect(anonymous.body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(anonymous.body.data ?? null).toBeNull();
    const reader = await postGraphQL(app, { query: '{ serverInfo { version } }' });
    expect(reader.body).toEqual({ data: { serverInfo: { version: expect.any(String) } } });
  });

  it('serves no landing page, and nothing that loads a script, at GET /graphql', async () => {
    const response = await fetch(app.graphqlUrl, { headers: { accept: 'text/html' } });
    const text = await response.text();
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).not.toContain('text/html');
    expect(text).not.toMatch(/<script|cdn\.|https?:\/\//i);
  });

  it('serves the explorer with a Content-Security-Policy that forbids framing, and nosniff', async () => {
    const response = await fetch(`${app.url}/explore/`);
    expect(response.status).toBe(200);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const page = await response.text();
    expect(page).not.toMatch(/<script[^>]*src="(https?:)?\/\//);
    expect(page).not.toMatch(/<script>|\son[a-z]+="/);
  });

  it.each([
    ['GraphQL', '/graphql', { method: 'POST', body: '{"query":"{ __typename }"}' }],
    ['an export', '/export/chain/event:nothing-here', {}],
    ['a health check', '/healthz', {}],
  ])('sends nosniff, no framing and a closed policy with %s', async (_name, path, init) => {
    const response = await fetch(`${app.url}${path}`, {
      ...init,
      headers: { 'content-type': 'application/json', 'x-api-key': TEST_API_KEYS.reader },
    });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
  });
});
