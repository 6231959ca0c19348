import { startApplication, type RunningApplication } from '../../src/application';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';

/** The real application on a free port, over the tests' Neo4j. */
export function startTestApplication(overrides: NodeJS.ProcessEnv = {}): Promise<RunningApplication> {
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    PORT: '0',
    LOG_LEVEL: 'silent',
    ...overrides,
  });
  return startApplication(config, createLogger(config.logLevel));
}

export async function postGraphQL(
  app: RunningApplication,
  body: { query: string; variables?: Record<string, unknown>; operationName?: string },
  headers: Record<string, string> = {},
): Promise<{
  status: number;
  body: { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}> {
  const response = await fetch(app.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as never };
}
