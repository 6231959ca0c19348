import type { RunningApplication } from '../../src/application';
import { postGraphQL, startTestApplication } from '../support/test-application';

const NESTED = (first: number) => `{
  events(first: ${first}) {
    edges { node {
      id
      actors { name initiated { id } }
      claims { quote grade source { title outlet { name } partOf { title } } }
      answers { from { title } to { title actors { name } } }
      corroboration { independentOrigins }
    } }
  }
}`;

describe('round trips to Neo4j', () => {
  let app: RunningApplication;

  beforeAll(async () => {
    app = await startTestApplication();
  });

  afterAll(() => app.stop());

  const roundTrips = async (query: string) => {
    const before = app.executor.queryCount;
    const { body } = await postGraphQL(app, { query });
    expect(body.errors).toBeUndefined();
    return app.executor.queryCount - before;
  };

  it('stay bounded by the shape of a nested query, not by how many rows it returns', async () => {
    const counts = [];
    // Pages small enough for the cost limit, which counts every list at its cap.
    for (const first of [1, 2, 3]) counts.push(await roundTrips(NESTED(first)));
    // At most one per field and level that reaches the database, however many events the page holds.
    for (const count of counts) expect(count).toBeLessThanOrEqual(12);
    expect(counts.at(-1)).toBeLessThanOrEqual(counts[1]!);
  });
});
