import { graphql, type ExecutionResult, type GraphQLSchema } from 'graphql';
import neo4j from 'neo4j-driver';
import type { Principal } from '../../src/auth/principal';
import { Role } from '../../src/auth/role';
import { compose, resolverClasses } from '../../src/composition-root';
import { cypherFile } from '../../src/db/cypher-file';
import { NotFoundError } from '../../src/domain/errors';
import { GraphReadRepository } from '../../src/graph/graph-read.repository';
import { encodeCursor, LIST_CAP } from '../../src/graph/pagination';
import { createContext } from '../../src/graph/request-context';
import { buildGraphQLSchema } from '../../src/graphql/build-schema';
import { createChangePubSub } from '../../src/realtime/pubsub';
import { RecordingExecutor, type Responder, type Row } from '../support/recording-executor';

const EDITOR: Principal = { subject: 'test', roles: [Role.EDITOR], via: 'api-key' };

const executor = new RecordingExecutor();
let schema: GraphQLSchema;

beforeAll(async () => {
  const pubSub = createChangePubSub();
  const { container } = compose(executor, pubSub, { windowDays: 90, minScore: 0.4 });
  schema = await buildGraphQLSchema(resolverClasses, pubSub, container);
});

/** One operation as an editor, with fresh loaders as each request gets. */
async function run(source: string, responder?: Responder): Promise<ExecutionResult> {
  executor.reset(responder);
  const contextValue = createContext(EDITOR, new GraphReadRepository(executor));
  return graphql({ schema, source, contextValue });
}

async function send(source: string, responder?: Responder): Promise<string[]> {
  const result = await run(source, responder);
  expect(result.errors).toBeUndefined();
  return executor.names;
}

const params = () => executor.statements.map((statement) => statement.params);

const event = (id: string): Row => ({ id, labels: ['Node', 'Event'], type: 'EXPULSION', title: id });
const state = (code: string): Row => ({ id: `state:${code}`, labels: ['Node', 'Actor', 'State'] });

describe('events', () => {
  const page = [event('event:a'), event('event:b'), event('event:c')];

  it('reads a page by date from the dated list, one row more than asked, each with the properties read', async () => {
    const dated = 'translated:event/list-dated-events-desc.cypher';
    const names = await send(
      '{ events(first: 2, orderBy: { field: DATE, direction: DESC }) { edges { node { id } } } }',
      (name) => (name === dated ? page.map((node) => ({ node })) : []),
    );
    expect(names).toEqual([dated]);
    expect(executor.statements[0]!.text).toContain('RETURN e {.id, labels: labels(e)} AS node');
    expect(params()[0]).toMatchObject({ offset: neo4j.int(0), limit: neo4j.int(3), actor: null });
  });

  it('reads the nested fields of every event of the page in the same statement', async () => {
    const answered = { node: event('event:z'), rel: { id: 'rel:az', basis: 'STATED' }, fetched: {} };
    const responder: Responder = (name) =>
      name === 'translated:event/list-dated-events-desc.cypher'
        ? [
            // r0: OUT:INITIATED_BY:50, r1: OUT:RETALIATED_AGAINST:20, in the order of their keys.
            { node: page[0], fetched: { r0: [{ node: state('FR'), rel: {}, fetched: {} }], r1: [] } },
            { node: page[1], fetched: { r0: [], r1: [answered] } },
            { node: page[2], fetched: { r0: [], r1: [] } },
          ]
        : [];
    const query = `{ events(first: 2, orderBy: { field: DATE, direction: DESC }) {
      edges { node { id actors { id } answers { id from { id } to { id } } } } } }`;

    const result = await run(query, responder);

    expect(result.errors).toBeUndefined();
    // The link's ends come from the rows already read: no graph/nodes-by-id.
    expect(executor.names).toEqual(['translated:event/list-dated-events-desc.cypher']);
    expect(params()[0]).toMatchObject({
      offset: neo4j.int(0),
      limit: neo4j.int(3),
      nestedLimit1: neo4j.int(LIST_CAP),
      // A list that takes `first` reads that many, 20 by default.
      nestedLimit2: neo4j.int(20),
    });
    expect(result.data).toEqual({
      events: {
        edges: [
          { node: { id: 'event:a', actors: [{ id: 'state:FR' }], answers: [] } },
          {
            node: {
              id: 'event:b',
              actors: [],
              answers: [{ id: 'rel:az', from: { id: 'event:b' }, to: { id: 'event:z' } }],
            },
          },
        ],
      },
    });
  });

  it('goes on with the undated events when the dated ones run out, and counts only when asked', async () => {
    const query = `{ events(first: 2, after: "${encodeCursor(1)}", filter: { actor: "state:FR" }) {
      totalCount edges { node { id } } } }`;
    const names = await send(query, (name) =>
      name.startsWith('event/count-') ? [{ total: neo4j.int(1) }] : [],
    );
    expect(names).toEqual([
      'translated:event/list-dated-events-asc.cypher',
      'event/count-dated-events.cypher',
      'translated:event/list-undated-events.cypher',
      'event/count-events.cypher',
    ]);
    expect(params()).toMatchObject([
      { offset: neo4j.int(2), limit: neo4j.int(3), actor: 'state:FR' },
      { actor: 'state:FR' },
      { offset: neo4j.int(1), limit: neo4j.int(3), actor: 'state:FR' },
      { actor: 'state:FR' },
    ]);
  });
});

describe('event and node', () => {
  it('reads the nodes asked for at one level in one statement', async () => {
    const names = await send('{ event(id: "event:a") { id } node(id: "state:FR") { id } }');
    expect(names).toEqual(['graph/nodes-by-id.cypher']);
    expect(params()).toEqual([{ ids: ['event:a', 'state:FR'], admin: false }]);
  });
});

describe('search', () => {
  it('sends the words, lower-cased and escaped, to the full-text statement', async () => {
    const names = await send('{ search(text: "Expelled (diplomats)", kinds: [EVENT]) { score } }');
    expect(names).toEqual(['search/search-text.cypher']);
    expect(params()).toEqual([{ query: 'expelled diplomats', labels: ['Event'], limit: neo4j.int(20) }]);
  });

  it('sends nothing when no word is left', async () => {
    expect(await send('{ search(text: "+ - !") { score } }')).toEqual([]);
  });
});

describe('chains', () => {
  it('reads a lineage to the depth asked', async () => {
    expect(await send('{ chain(eventId: "event:a", depth: 3) { escalation } }')).toEqual([
      'chains/chain-lineage.cypher',
    ]);
    expect(params()).toEqual([
      {
        id: 'event:a',
        depth: neo4j.int(3),
        includeProposed: false,
        maxEvents: neo4j.int(100),
        maxLinks: neo4j.int(200),
      },
    ]);
  });

  it('reads a component for scope COMPONENT', async () => {
    const query =
      '{ chain(eventId: "event:a", scope: COMPONENT, includeProposed: true, maxEvents: 7, maxLinks: 9) { escalation } }';
    expect(await send(query)).toEqual(['chains/chain-component.cypher']);
    expect(params()).toEqual([
      {
        id: 'event:a',
        depth: neo4j.int(5),
        includeProposed: true,
        maxEvents: neo4j.int(7),
        maxLinks: neo4j.int(9),
      },
    ]);
  });

  it('reads a dyad timeline', async () => {
    const query =
      '{ dyadTimeline(a: "state:FR", b: "state:RU", from: "2020-01-01", maxEvents: 12) { escalation } }';
    expect(await send(query)).toEqual(['chains/dyad-timeline.cypher']);
    expect(params()).toEqual([
      {
        a: 'state:FR',
        b: 'state:RU',
        from: '2020-01-01',
        to: null,
        includeProposed: false,
        maxEvents: neo4j.int(12),
        maxLinks: neo4j.int(200),
      },
    ]);
  });

  it('orders the longest chains in the statement', async () => {
    expect(await send('{ longestChains(orderBy: ESCALATION) { escalation } }')).toEqual([
      'chains/longest-chains.cypher',
    ]);
    expect(params()).toEqual([{ orderBy: 'ESCALATION', limit: neo4j.int(5), includeProposed: false }]);
  });
});

describe('linkRetaliation', () => {
  const mutation = `mutation { linkRetaliation(link: { from: "event:b", to: "event:a", note: "same day" }) {
    id basis } }`;

  it('checks both events and the link id, writes the link, then checks it closes no cycle', async () => {
    const names = await send(mutation, (name) =>
      name === 'graph-write/find-existing-ids.cypher' ? [{ found: ['event:a', 'event:b'] }] : [],
    );
    expect(names).toEqual([
      'graph-write/find-existing-ids.cypher',
      'graph-write/find-conflicts.cypher',
      'graph-write/upsert-relations.cypher',
      'graph-write/check-retaliation.cypher',
    ]);
    expect(params()).toMatchObject([
      { ids: ['event:b', 'event:a'] },
      { nodes: [], relations: [{ path: 'id', type: 'RETALIATED_AGAINST', from: 'event:b', to: 'event:a' }] },
      {
        relations: [
          {
            type: 'RETALIATED_AGAINST',
            from: 'event:b',
            to: 'event:a',
            props: { basis: 'ANALYST', note: 'same day' },
          },
        ],
      },
      { links: [{ path: 'to', from: 'event:b', to: 'event:a' }] },
    ]);
  });

  it('writes nothing when an event is missing', async () => {
    const result = await run(mutation, () => [{ found: ['event:b'] }]);
    expect(result.errors?.[0]?.originalError).toBeInstanceOf(NotFoundError);
    expect(executor.names).toEqual(['graph-write/find-existing-ids.cypher']);
  });
});

describe('the recording executor', () => {
  it('refuses a statement whose text is not its file', async () => {
    const { text } = cypherFile('graph/nodes-by-id.cypher');
    const spliced = { name: 'graph/nodes-by-id.cypher', text: text.replace('$ids', "['event:a']") };
    await expect(executor.read(spliced)).rejects.toThrow(/not the text of cypher\/graph\/nodes-by-id/);
  });
});
