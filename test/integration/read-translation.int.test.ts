import { graphql, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { RunningApplication } from '../../src/application';
import type { Principal } from '../../src/auth/principal';
import { Role } from '../../src/auth/role';
import { compose, resolverClasses } from '../../src/composition-root';
import { GraphReadRepository } from '../../src/graph/graph-read.repository';
import { createContext } from '../../src/graph/request-context';
import { buildGraphQLSchema } from '../../src/graphql/build-schema';
import { createChangePubSub } from '../../src/realtime/pubsub';
import { cypherFile } from '../../src/db/cypher-file';
import { readsOf } from '../../src/read-translation/read-plan';
import { TranslatableRead } from '../../src/read-translation/translated-read';
import { startTestApplication } from '../support/test-application';
import { testDriver } from '../support/test-database';

/**
 * Each shape that translation reads in one statement answers, on the seed graph and the shipped
 * history, exactly what the loaders' path answers (a field at a time, batched per level).
 */
const READER: Principal = { subject: 'test', roles: [Role.READER], via: 'api-key' };

const EVENT = `id title date { edtf }
  actors { id name } targets { id name } expelled { id } participants { id }
  answers { basis to { id title actors { name } } claims { quote } }
  answeredBy { basis from { id title targets { name } } }
  claims(first: 50) { id quote grade source { id title outlet { name } partOf { title } } }
  sources(first: 50) { id url outlet { name } }
  consequences { id } resultedFrom { id }`;

const SHAPES: Record<string, string> = {
  'events by date, latest first': `{ events(first: 40, orderBy: { field: DATE, direction: DESC }) { edges { node { ${EVENT} } } } }`,
  'events of a party by title': `{ events(first: 40, filter: { party: "state:RU" }, orderBy: { field: TITLE }) {
    edges { node { id title actors { name } targets { name } answers { to { id } } } } } }`,
  'events from a later page': `{ events(first: 15, after: "${Buffer.from('offset:19').toString('base64url')}") {
    edges { node { id actors { id } answeredBy { from { id } } } } } }`,
  event: `{ event(id: "event:2020-12-ru-expels-french-diplomat-in-answer") { ${EVENT} } }`,
  'an event from the history': `{ event(id: "event:2021-04-17-cz-expels-18-russian") { ${EVENT} } }`,
  actor: `{ actor(id: "state:RU") { id name
    initiated(first: 50) { id title targets { id name } answers { to { id } } }
    targetedBy(first: 50) { id actors { name } }
    expelledIn { id } participatedIn { id }
    claims { id quote source { title } }
    relations { type direction role other { id ... on Organization { name } } } } }`,
  'actor relations': `{ actor(id: "state:FR") { relations(types: [BELONGS_TO, PART_OF]) { type direction other { id
    ... on Organization { name initiated { id } } } } } }`,
  node: `{ node(id: "event:2022-04-11-fr-expels-six-russian-agents") { id
    ... on Event { title actors { name } answers { to { title } } claims { quote source { title parts { id } } } } } }`,
  search: `{ search(text: "expels diplomats", first: 30) { score field passage node { id
    ... on Event { title actors { name } targets { name } sources { url } }
    ... on Actor { name initiated { id } } } } }`,
  chain: `{ chain(eventId: "event:2020-12-ru-expels-french-diplomat-in-answer", scope: COMPONENT) { startedBy
    steps { event { id title actors { name } targets { name } claims { quote } } cumulative { stateId measures } }
    links { link { id basis from { id title } to { id title actors { name } } } } } }`,
  'every property a row is read for': `{ event(id: "event:2021-04-17-cz-expels-18-russian") { id type title
    description date { edtf earliest latest precision approximate uncertain } disclosed { edtf latest } secret
    count form statedReason location cameoCode goldstein ploverCategory ploverMode
    actors { id type name description aliases wikidataId ... on State { iso2 iso3 } ... on Organization { kind }
      ... on Group { count } relations { id type direction role since { edtf earliest } until { edtf } note other { id } } }
    answers { id basis confidence note to { id date { earliest latest } } }
    claims(first: 50) { id subjectId property value quote credibility stance note grade subject { id }
      source { id kind title url language originalLanguage author published { edtf earliest } reliability reliabilityNote } }
    sources(first: 50) { id kind title url published { edtf } reliability } } }`,
  dyadTimeline: `{ dyadTimeline(a: "state:CZ", b: "state:RU") { escalation
    steps { event { id title actors { id } sources { url } answers { to { id } } } } links { link { from { id } } } } }`,
};

describe('translated reads on a real Neo4j', () => {
  let app: RunningApplication;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    app = await startTestApplication({
      SEED_ON_EMPTY: 'true',
      HISTORY_ON_EMPTY: 'true',
      NEO4J_QUERY_TIMEOUT_MS: '120000',
    });
    const pubSub = createChangePubSub();
    const { container } = compose(app.executor, pubSub, { windowDays: 90, minScore: 0.4 });
    schema = await buildGraphQLSchema(resolverClasses, pubSub, container);
    // The shipped history takes a while to load on a busy machine.
  }, 240_000);

  afterAll(() => app.stop());

  async function run(source: string, translateReads: boolean): Promise<[ExecutionResult, number]> {
    const before = app.executor.queryCount;
    const contextValue = createContext(READER, new GraphReadRepository(app.executor), { translateReads });
    const result = await graphql({ schema, source, contextValue });
    return [result, app.executor.queryCount - before];
  }

  it.each(Object.entries(SHAPES))('%s: one statement, the same answer as the loaders', async (_, query) => {
    const [translated, statements] = await run(query, true);
    const [loaded, roundTrips] = await run(query, false);

    expect(translated.errors).toBeUndefined();
    expect(loaded.errors).toBeUndefined();
    expect(statements).toBe(1);
    expect(roundTrips).toBeGreaterThan(1);
    expect(translated.data).toEqual(loaded.data);
  });

  it('answers a field that reads a node another field read first, with fewer properties', async () => {
    const query = `{ events(first: 40, orderBy: { field: DATE, direction: DESC }) { edges { node { id
        answers { to { id } } answeredBy { from { id } } } } }
      event(id: "event:2020-12-ru-expels-french-diplomat-in-answer") { id title description secret date { latest }
        answers { to { title location statedReason } } } }`;
    const [translated] = await run(query, true);
    const [loaded] = await run(query, false);
    expect(translated.errors).toBeUndefined();
    expect(translated.data).toEqual(loaded.data);
  });

  it('still walks the date index when it reads below the events of a page', async () => {
    const page = new TranslatableRead(cypherFile('event/list-dated-events-desc.cypher'), 'e', 'column');
    const actors = {
      kind: 'neighbours',
      direction: 'OUT',
      limit: 50,
      node: new Map(),
      rel: new Map(),
    } as const;
    const { query, params } = page.statement({
      reads: readsOf([
        { ...actors, type: 'INITIATED_BY' },
        { ...actors, type: 'RETALIATED_AGAINST', node: readsOf([{ ...actors, type: 'TARGETED' }]) },
        { kind: 'claims', limit: 20, source: new Map() },
      ]),
      properties: { node: ['date', 'id', 'title'], rel: ['id'] },
    });
    const filter = { types: ['EXPULSION'], actor: null, target: null, party: null, from: null, to: null };
    const rest = { dated: null, secret: null, source: null, text: null, offset: 0, limit: 21 };
    const driver = testDriver();
    try {
      const { summary } = await driver.executeQuery(`EXPLAIN ${query.text}`, {
        ...filter,
        ...rest,
        ...params,
      });
      type Operator = { operatorType: string; arguments: Record<string, unknown>; children: Operator[] };
      const operators: string[] = [];
      const walk = (plan: Operator) => {
        operators.push(`${plan.operatorType} ${String(plan.arguments['Details'] ?? '')}`);
        plan.children.forEach(walk);
      };
      walk(summary.plan as unknown as Operator);
      // The page comes off the index in order: no sort of the matching events, whatever is read
      // below them (a PartialTop only orders events of the same day by id, and stops at the
      // page's end; each nested list sorts its own few neighbours).
      expect(operators.some((operator) => /^NodeIndexScan.*dateEarliest/.test(operator))).toBe(true);
      expect(operators.filter((operator) => /^(Sort|Top)@.*e\.dateEarliest/.test(operator))).toEqual([]);
    } finally {
      await driver.close();
    }
  });

  it('reads the events the shapes ask about', async () => {
    const [result] = await run(SHAPES['events by date, latest first']!, true);
    const edges = (result.data as { events: { edges: Array<{ node: { answers: unknown[] } }> } }).events
      .edges;
    expect(edges).toHaveLength(40);
    expect(edges.some(({ node }) => node.answers.length > 0)).toBe(true);
  });
});
