import { SignJWT } from 'jose';
import { startApplication, type RunningApplication } from '../../src/application';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';

export const TEST_JWT_SECRET = 'test-secret-that-is-at-least-32-characters-long';
export const TEST_API_KEYS = {
  reader: 'reader-key-0123456789abcdefghij',
  editor: 'editor-key-0123456789abcdefghij',
  admin: 'admin-key-0123456789abcdefghijk',
} as const;

export type As = keyof typeof TEST_API_KEYS | 'anonymous';

/** The real application on a free port, over the tests' Neo4j, with test credentials configured. */
export function startTestApplication(overrides: NodeJS.ProcessEnv = {}): Promise<RunningApplication> {
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    PORT: '0',
    LOG_LEVEL: 'silent',
    // The tests keep their own data: only the shipped-history test loads it.
    HISTORY_ON_EMPTY: 'false',
    AUTH_JWT_SECRET: TEST_JWT_SECRET,
    AUTH_API_KEYS: Object.entries(TEST_API_KEYS)
      .map(([role, key]) => `${role}-key:${role}:${key}`)
      .join(','),
    ...overrides,
  });
  return startApplication(config, createLogger(config.logLevel));
}

export function signTestToken(
  claims: Record<string, unknown>,
  options: { secret?: string; expiresIn?: string; audience?: string; subject?: string } = {},
): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(options.subject ?? 'analyst@example.org')
    .setAudience(options.audience ?? 'riposte')
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '10m')
    .sign(new TextEncoder().encode(options.secret ?? TEST_JWT_SECRET));
}

export interface GraphQLResponse {
  status: number;
  body: {
    data?: unknown;
    errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, unknown> }>;
  };
}

export async function postGraphQL(
  app: RunningApplication,
  body: { query: string; variables?: Record<string, unknown>; operationName?: string },
  options: { as?: As; headers?: Record<string, string> } = {},
): Promise<GraphQLResponse> {
  const as = options.as ?? 'reader';
  const response = await fetch(app.graphqlUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...(as === 'anonymous' ? {} : { 'x-api-key': TEST_API_KEYS[as] }),
      ...options.headers,
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse['body'] };
}
