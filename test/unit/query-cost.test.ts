import { parse, type GraphQLSchema } from 'graphql';
import { buildDetachedSchema } from '../../src/composition-root';
import { LIST_CAP } from '../../src/graph/pagination';
import { costError, MAX_COST, operationCost } from '../../src/graphql/query-cost';

let schema: GraphQLSchema;

beforeAll(async () => {
  schema = await buildDetachedSchema();
});

const cost = (query: string, variables?: Record<string, unknown>) =>
  operationCost(schema, parse(query), variables, undefined);

describe('query cost: the objects an operation can return', () => {
  it('counts a page size given as a variable as the same literal', () => {
    const literal = cost('{ events(first: 100) { edges { node { id actors { name } } } } }');
    const variable = cost('query($n: Int!) { events(first: $n) { edges { node { id actors { name } } } } }', {
      n: 100,
    });
    expect(variable).toBe(literal);
    expect(cost('query($n: Int!) { events(first: $n) { edges { node { id } } } }', { n: 10 })).toBeLessThan(
      cost('query($n: Int!) { events(first: $n) { edges { node { id } } } }', { n: 100 })!,
    );
  });

  it('uses the default page size when none is given', () => {
    expect(cost('{ events { edges { node { id } } } }')).toBe(
      cost('{ events(first: 20) { edges { node { id } } } }'),
    );
  });

  it(`multiplies a list by its first (20 by default), or by the cap of ${LIST_CAP} when it takes none`, () => {
    const one = cost('{ actor(id: "state:FR") { id } }')!;
    expect(cost('{ actor(id: "state:FR") { initiated { id } } }')! - one).toBe(20);
    expect(
      cost('query($n: Int!) { actor(id: "state:FR") { initiated(first: $n) { id } } }', { n: 7 })! - one,
    ).toBe(7);
    const nested = cost(`{ actor(id: "state:FR") { initiated(first: ${LIST_CAP}) { actors { id } } } }`)!;
    expect(nested - one).toBe(LIST_CAP * (1 + LIST_CAP));
  });

  it('refuses, through a variable, the query the literal refuses', () => {
    const wide = 'id title secret count type description location cameoCode';
    const step = `claims { quote source { title outlet { name aliases } } } actors { name aliases initiated { ${wide} } }`;
    const query = `query($n: Int!) { events(first: $n) { edges { node { ${wide} ${step} answers { from { ${wide} ${step} } } } } } }`;
    const error = costError(schema, parse(query), { n: 100 }, undefined);
    expect(error?.message).toMatch(/cost/i);
    expect(error?.extensions['code']).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a deep reader query within every other limit', () => {
    const query = `{ events(first: 100) { edges { node { actors { initiated { actors { initiated { id title } } } } } } } }`;
    expect(cost(query)).toBeGreaterThan(MAX_COST);
  });

  it('lets a page of 100 with a typical selection through', () => {
    const proposals =
      '{ retaliationProposals(first: 100) { edges { node { id score status reasons from { id title } to { id title } } } } }';
    expect(costError(schema, parse(proposals), undefined, undefined)).toBeNull();
    const events = `query($n: Int!) { events(first: $n) { totalCount pageInfo { hasNextPage endCursor }
      edges { node { id title date { edtf } actors { name } targets { name } } } } }`;
    expect(costError(schema, parse(events), { n: 100 }, undefined)).toBeNull();
  });

  it('sizes a subgraph by maxNodes, from a variable too', () => {
    const query =
      'query($m: Int!) { subgraph(ids: ["state:FR"], maxNodes: $m) { nodes { id } edges { id } } }';
    expect(cost(query, { m: 500 })).toBeGreaterThan(cost(query, { m: 10 })! * 10);
  });

  it("counts a chain's steps by maxEvents and its links by maxLinks, from variables and fragments too", () => {
    const selection = 'steps { event { id } } links { link { id } }';
    const chain = (args: string) => cost(`{ chain(eventId: "event:a"${args}) { ${selection} } }`)!;
    expect(chain('')).toBe(1 + 100 * 2 + 200 * 2);
    expect(chain(', maxEvents: 10, maxLinks: 7')).toBe(1 + 10 * 2 + 7 * 2);
    expect(
      cost(
        `query($e: Int!) { dyadTimeline(a: "state:FR", b: "state:RU", maxEvents: $e) { ...C } }
         fragment C on Chain { ${selection} }`,
        { e: 30 },
      ),
    ).toBe(1 + 30 * 2 + 200 * 2);
    expect(
      cost('{ chainGraph(eventId: "event:a", maxEvents: 5, maxLinks: 4) { nodes { id } edges { id } } }'),
    ).toBe(1 + 5 + 4);
  });

  it('counts each of the longest chains as at most 11 steps and 10 links', () => {
    expect(cost('{ longestChains(first: 50) { steps { event { id } } links { link { id } } } }')).toBe(
      50 * (1 + 11 * 2 + 10 * 2),
    );
  });
});

describe('the cost of a document seen before', () => {
  it('is computed again when a sizing variable changes, not when another does', () => {
    const document = parse(
      'query($n: Int!, $id: ID!) { events(first: $n, filter: { actor: $id }) { edges { node { actors { initiated { id } } } } } }',
    );
    const check = (n: number, id: string) => costError(schema, document, { n, id }, undefined);
    expect(check(1, 'state:FR')).toBeNull();
    expect(check(100, 'state:FR')?.message).toMatch(/exceeds/);
    // The same document and sizes, another id: the same answer.
    expect(check(1, 'state:RU')).toBeNull();
    expect(check(100, 'state:RU')?.message).toMatch(/exceeds/);
  });

  it('counts every aliased __typename, in fragments too, times the page it is under', () => {
    const plain = cost('{ events(first: 100) { edges { node { id } } } }')!;
    expect(
      cost('{ events(first: 100) { edges { node { id a: __typename b: __typename } } } }')! - plain,
    ).toBe(200);
    expect(cost('{ a: __typename b: __typename c: __typename }')).toBe(3);
    const aliases = Array.from({ length: 300 }, (_, index) => `t${index}: __typename`).join(' ');
    const query = `{ events(first: 100) { edges { node { ...T } } } } fragment T on Event { ${aliases} }`;
    expect(cost(query)).toBeGreaterThan(MAX_COST);
    expect(costError(schema, parse(query), undefined, undefined)?.message).toMatch(/cost/i);
  });
});
