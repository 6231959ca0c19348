import autocannon from 'autocannon';
import type { RunningApplication } from '../../src/application';
import { TEST_API_KEYS, startTestApplication } from '../support/test-application';
import { testDriver } from '../support/test-database';

const NESTED_LIST = JSON.stringify({
  query: `{ events(first: 20, orderBy: {field: DATE, direction: DESC}) { totalCount edges { node {
    id title date { edtf } actors { name } targets { name } answers { to { title } } answeredBy { from { title } }
    claims { quote grade source { title } } } } } }`,
});

/** Transactions the test database is running, other than the query that lists them. */
async function runningTransactions(): Promise<number> {
  const driver = testDriver();
  try {
    const { records } = await driver.executeQuery(
      'SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH "SHOW TRANSACTIONS" RETURN count(*) AS running',
    );
    return Number(records[0]?.get('running'));
  } finally {
    await driver.close();
  }
}

const QUERY_TIMEOUT_MS = 10_000;

describe('many clients for a bounded time', () => {
  let app: RunningApplication;

  beforeAll(async () => {
    app = await startTestApplication({ NEO4J_QUERY_TIMEOUT_MS: String(QUERY_TIMEOUT_MS) });
  });

  afterAll(() => app.stop());

  it('answers every request, leaks no session and keeps every request within the query timeout', async () => {
    const result = await autocannon({
      url: app.graphqlUrl,
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': TEST_API_KEYS.reader },
      body: NESTED_LIST,
      connections: 32,
      duration: 8,
      timeout: (2 * QUERY_TIMEOUT_MS) / 1000,
    });

    expect(result.requests.total).toBeGreaterThan(32);
    expect(result.errors).toBe(0);
    expect(result.timeouts).toBe(0);
    expect(result.non2xx).toBe(0);
    // A liveness bound, not a speed target (the bench measures speed): no request waited on a stuck
    // session until the query timeout.
    expect(result.latency.p99).toBeLessThan(QUERY_TIMEOUT_MS);
    expect(app.executor.openSessions).toBe(0);
    expect(await runningTransactions()).toBe(0);
  }, 60_000);
});
