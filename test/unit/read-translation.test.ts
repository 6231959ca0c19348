import { execute, graphql, parse, type GraphQLSchema } from 'graphql';
import neo4j from 'neo4j-driver';
import type { Principal } from '../../src/auth/principal';
import { Role } from '../../src/auth/role';
import { compose, resolverClasses } from '../../src/composition-root';
import { GraphReadRepository } from '../../src/graph/graph-read.repository';
import { createContext } from '../../src/graph/request-context';
import { buildGraphQLSchema } from '../../src/graphql/build-schema';
import { createChangePubSub } from '../../src/realtime/pubsub';
import { RecordingExecutor, type RecordedStatement, type Responder } from '../support/recording-executor';

/**
 * The Cypher that translation generates for each shape the API translates, with no database: the
 * snapshots are the reviewed texts. What they return on a real Neo4j, against the loaders' path, is
 * for test/integration/read-translation.int.test.ts.
 */
const READER: Principal = { subject: 'test', roles: [Role.READER], via: 'api-key' };

const row = (id: string) => ({
  id,
  labels: id.startsWith('state:') ? ['Node', 'Actor', 'State'] : ['Node', 'Event'],
  type: 'EXPULSION',
  title: id,
  iso2: 'FR',
  iso3: 'FRA',
});

/** An empty list for each read of a plan (r0, r1, …): the loaders are primed with nothing found. */
const NOTHING_BELOW = Object.fromEntries(Array.from({ length: 20 }, (_, index) => [`r${index}`, []]));

/** Full pages and found nodes, with nothing below them: enough for each operation to finish. */
const rows: Responder = (name, params) => {
  if (name.includes('nodes-by-id'))
    return (params['ids'] as string[]).map((id) => ({ id, node: row(id), fetched: NOTHING_BELOW }));
  if (name.includes('corroboration')) return [];
  if (name.includes('chains/'))
    return [{ events: [{ ...row('event:a'), fetched: NOTHING_BELOW }], links: [], truncated: false }];
  const limit = (params['limit'] as { toNumber(): number }).toNumber();
  return Array.from({ length: limit }, (_, index) => ({
    node: row(`event:${index}`),
    score: 1,
    fetched: NOTHING_BELOW,
  }));
};

const executor = new RecordingExecutor();
let schema: GraphQLSchema;

beforeAll(async () => {
  const pubSub = createChangePubSub();
  const { container } = compose(executor, pubSub, { windowDays: 90, minScore: 0.4 });
  schema = await buildGraphQLSchema(resolverClasses, pubSub, container);
});

async function statements(
  source: string,
  variableValues?: Record<string, unknown>,
): Promise<RecordedStatement[]> {
  executor.reset(rows);
  const contextValue = createContext(READER, new GraphReadRepository(executor));
  const result = await graphql({ schema, source, contextValue, variableValues });
  expect(result.errors).toBeUndefined();
  return [...executor.statements];
}

const EVENT_FIELDS = `id title date { edtf earliest }
  actors { name } targets { name }
  answers { basis to { title actors { name } } }
  answeredBy { basis from { title } }
  claims { quote grade source { title outlet { name } partOf { title } } }
  sources(first: 5) { title }`;

/** The shapes analysts and front ends send most, each one statement. */
const SHAPES: Record<string, string> = {
  'events by date': `{ events(first: 10, orderBy: { field: DATE, direction: DESC }) { edges { node { ${EVENT_FIELDS} } } } }`,
  'events by title': `{ events(first: 10, orderBy: { field: TITLE }) { edges { node { id actors { name } } } } }`,
  event: `{ event(id: "event:a") { ${EVENT_FIELDS} } }`,
  actor: `{ actor(id: "state:FR") { name
    initiated(first: 5) { title targets { name } }
    targetedBy(first: 5) { title actors { name } }
    claims { quote source { title } }
    relations(types: [BELONGS_TO, PART_OF]) { type other { id ... on Organization { name } } } } }`,
  node: `{ node(id: "event:a") { id ... on Event { title actors { name } answers { to { title } } }
    ... on Source { heading: title claims { quote } outlet { name } } } }`,
  search: `{ search(text: "expelled", kinds: [EVENT]) { score passage node { id ... on Event { title actors { name } targets { name } } } } }`,
  chain: `{ chain(eventId: "event:a") { startedBy steps { event { title actors { name } targets { name } } }
    links { link { basis from { title } to { title claims { quote } } } } } }`,
  dyadTimeline: `{ dyadTimeline(a: "state:FR", b: "state:RU") { steps { event { title actors { name } claims { quote } } } } }`,
  'chain link claims': `{ event(id: "event:a") { answers { claims(first: 3) { quote source { title } } } } }`,
};

describe('translated reads', () => {
  it.each(Object.entries(SHAPES))('%s: one statement, the snapshot text', async (_, query) => {
    const sent = await statements(query);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.name).toMatch(/^translated:/);
    expect(`${sent[0]!.name}\n${sent[0]!.text}`).toMatchSnapshot();
  });

  it('gives the same text for the same shape, whatever the values, aliases and field order', async () => {
    const one = await statements(
      `query($id: ID!) { event(id: $id) { actors { name } claims(first: 3) { quote } } }`,
      { id: 'event:a' },
    );
    const two = await statements(
      `{ event(id: "event:b") { c: claims(first: 7) { words: quote } who: actors { name } } }`,
    );
    expect(two[0]!.text).toBe(one[0]!.text);
    expect(one[0]!.params).toMatchObject({
      ids: ['event:a'],
      nestedLimit1: neo4j.int(50),
      nestedLimit2: neo4j.int(3),
    });
    expect(two[0]!.params).toMatchObject({ ids: ['event:b'], nestedLimit2: neo4j.int(7) });
  });

  it('reads the sizes a document seen before takes from its variables each time', async () => {
    const document = parse('query($n: Int!) { event(id: "event:a") { claims(first: $n) { quote } } }');
    const limits = [];
    for (const n of [3, 7]) {
      executor.reset(rows);
      const contextValue = createContext(READER, new GraphReadRepository(executor));
      await execute({ schema, document, contextValue, variableValues: { n } });
      limits.push(executor.statements[0]!.params['nestedLimit1']);
    }
    expect(limits).toEqual([neo4j.int(3), neo4j.int(7)]);
  });

  it('never puts a value in the text', async () => {
    const [sent] = await statements(
      `{ events(first: 3, filter: { text: "zq-marker" }) { edges { node { actors { name } sources(first: 9) { title } } } } }`,
    );
    expect(sent!.text).not.toMatch(/zq-marker|\b9\b|\b3\b/);
  });

  it('leaves fields it does not translate to the loaders', async () => {
    const sent = await statements(`{ event(id: "event:a") { actors { name } corroboration { sources } } }`);
    expect(sent.map((statement) => statement.name)).toEqual([
      'translated:graph/nodes-by-id.cypher',
      'graph/corroboration.cypher',
    ]);
  });

  it('reads only the properties that the fields of the operation name, nodes and links apart', async () => {
    const [sent] = await statements(`{ events(first: 3) { edges { node { title date { edtf latest }
      answers { basis confidence to { secret } } claims { grade subject { id } } } } } }`);
    const nodeRow = '.credibility, .date, .dateLatest, .id, .reliability, .secret, .subjectId, .title';
    expect(sent!.text).toContain(`RETURN e {${nodeRow}, labels: labels(e)} AS node`);
    expect(sent!.text).toContain(
      `node: node1 {${nodeRow}, labels: labels(node1)}, rel: rel1 {.basis, .confidence, .id}`,
    );
    expect(sent!.text).not.toContain('{.*');
  });

  it('narrows the row of each node when nothing is read below it', async () => {
    const sent = await statements(`{ events(first: 3) { edges { node { id title } } } }`);
    expect(sent.map((statement) => statement.name)).toEqual([
      'translated:event/list-dated-events-asc.cypher',
    ]);
    expect(sent[0]!.text).toContain('RETURN e {.id, .title, labels: labels(e)} AS node, {} AS fetched');
  });

  it('sends the file as it is when reads are not translated', async () => {
    executor.reset(rows);
    const contextValue = createContext(READER, new GraphReadRepository(executor), { translateReads: false });
    await graphql({
      schema,
      source: `{ events(first: 3) { edges { node { id actors { name } } } } }`,
      contextValue,
    });
    expect(executor.names[0]).toBe('event/list-dated-events-asc.cypher');
  });

  it('does not read a list whose size its resolver would refuse', async () => {
    executor.reset(rows);
    const contextValue = createContext(READER, new GraphReadRepository(executor));
    const result = await graphql({
      schema,
      source: `{ event(id: "event:a") { actors { name } claims(first: 500) { quote } } }`,
      contextValue,
    });
    expect(executor.statements[0]!.params).not.toHaveProperty('nestedLimit2');
    expect(result.errors?.map((error) => error.path)).toEqual([['event', 'claims']]);
  });
});
