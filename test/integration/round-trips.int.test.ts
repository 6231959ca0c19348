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

const EVENT = `id title actors { name } targets { name }
  answers { basis to { title actors { name } } } answeredBy { from { title } }
  claims { quote grade source { title outlet { name } partOf { title } } } sources { title }`;

/** The shapes analysts and front ends send most: each is read in one statement (src/read-translation). */
const ONE_STATEMENT: Record<string, string> = {
  events: `{ events(first: 3, orderBy: { field: DATE, direction: DESC }) { edges { node { ${EVENT} } } } }`,
  event: `{ event(id: "event:2020-12-ru-expels-french-diplomat-in-answer") { ${EVENT} } }`,
  actor: `{ actor(id: "state:FR") { name initiated(first: 10) { title targets { name } } claims { quote } } }`,
  node: `{ node(id: "state:RU") { id ... on Actor { name targetedBy(first: 10) { title actors { name } } } } }`,
  search: `{ search(text: "expels", first: 5) { score node { id ... on Event { title actors { name } } } } }`,
  chain: `{ chain(eventId: "event:2020-12-ru-expels-french-diplomat-in-answer") {
    steps { event { title actors { name } targets { name } } } links { link { from { title } to { title } } } } }`,
  dyadTimeline: `{ dyadTimeline(a: "state:FR", b: "state:RU") { steps { event { title actors { name } claims { quote } } } } }`,
};

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

  it.each(Object.entries(ONE_STATEMENT))(
    'are one statement for %s with its nested lists',
    async (_, query) => {
      expect(await roundTrips(query)).toBe(1);
    },
  );
});
