import { readFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import type { RunningApplication } from '../../src/application';
import { fromProjectRoot } from '../../src/project-root';
import { withApplicationAndDriver } from '../support/application-and-driver';
import { graphSnapshot } from '../support/graph-snapshot';
import { postGraphQL, TEST_API_KEYS, type GraphQLResponse } from '../support/test-application';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const LONG_ID = `event:${'a'.repeat(9_000)}`;
const HUGE_DATE = '2020-01-01'.repeat(9_200); // 92 kB

const SAVE_EVENT =
  'mutation($event: EventInput!) { saveEvent(event: $event) { id date { earliest latest } } }';

function event(overrides: Json = {}): Json {
  return {
    id: 'event:bounds-test',
    type: 'EXPULSION',
    title: 'Moldova expels a Russian diplomat',
    secret: false,
    actors: ['state:MD'],
    targets: ['state:RU'],
    ...overrides,
  };
}

function problemsOf(response: GraphQLResponse): Array<{ path: string; message: string }> {
  expect(response.body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  return response.body.errors?.[0]?.extensions?.['problems'] as Array<{ path: string; message: string }>;
}

describe('bounded, parseable input', () => {
  let app: RunningApplication;
  let driver: Driver;

  withApplicationAndDriver((started) => ({ app, driver } = started));

  /** Runs the request and checks that it ran no statement and changed nothing. */
  async function refused(
    request: () => Promise<GraphQLResponse>,
  ): Promise<Array<{ path: string; message: string }>> {
    const before = await graphSnapshot(driver);
    const queries = app.executor.queryCount;
    const response = await request();
    expect(response.status).toBeLessThan(500);
    const problems = problemsOf(response);
    expect(app.executor.queryCount).toBe(queries);
    expect(await graphSnapshot(driver)).toEqual(before);
    return problems;
  }

  it('refuses a 9,000-character id and a 92 kB date before Cypher, naming the field and the limit', async () => {
    const longId = await refused(() =>
      postGraphQL(app, { query: SAVE_EVENT, variables: { event: event({ id: LONG_ID }) } }, { as: 'editor' }),
    );
    expect(longId).toEqual([{ path: 'id', message: 'an id has at most 200 characters (this one has 9006)' }]);

    const hugeDate = await refused(() =>
      postGraphQL(
        app,
        { query: SAVE_EVENT, variables: { event: event({ date: HUGE_DATE }) } },
        { as: 'editor' },
      ),
    );
    expect(hugeDate).toEqual([
      { path: 'date', message: `an EDTF date has at most 64 characters (this one has ${HUGE_DATE.length})` },
    ]);
  });

  it('refuses the same in a report, at the path of the field', async () => {
    const report = JSON.parse(
      readFileSync(fromProjectRoot('test/fixtures/reports/valid-exchange.json'), 'utf8'),
    ) as Json;
    report['events'][0]['date'] = '2020-01-01'.repeat(1_000); // the whole request stays under the body limit
    report['events'][1]['actors'] = [`state:${'X'.repeat(9_000)}`];
    const problems = await refused(() =>
      postGraphQL(
        app,
        {
          query: 'mutation($r: ReportInput!) { ingestReport(report: $r) { status } }',
          variables: { r: report },
        },
        { as: 'editor' },
      ),
    );
    expect(problems).toEqual([
      { path: 'events[0].date', message: expect.stringContaining('at most 64 characters') },
      { path: 'events[1].actors', message: 'an id has at most 200 characters (this one has 9006)' },
    ]);
  });

  it('refuses text holding control characters, wherever it stands, at its path', async () => {
    const saved = await refused(() =>
      postGraphQL(
        app,
        { query: SAVE_EVENT, variables: { event: event({ title: 'a\u0000b\u0007c' }) } },
        { as: 'editor' },
      ),
    );
    expect(saved).toEqual([
      { path: 'title', message: 'holds a control character (U+0000) that text may not contain' },
    ]);

    const report = JSON.parse(
      readFileSync(fromProjectRoot('test/fixtures/reports/valid-exchange.json'), 'utf8'),
    ) as Json;
    report['claims'][1]['quote'] = 'four\u001bdiplomats';
    const ingested = await refused(() =>
      postGraphQL(
        app,
        {
          query: 'mutation($r: ReportInput!) { ingestReport(report: $r) { status } }',
          variables: { r: report },
        },
        { as: 'editor' },
      ),
    );
    expect(ingested.map((problem) => problem.path)).toEqual(['claims[1].quote']);

    const imported = await refused(() =>
      postGraphQL(
        app,
        {
          query: 'mutation($rows: [HistoryRowInput!]!) { importHistory(rows: $rows) { rows } }',
          variables: {
            rows: [
              {
                id: 'ctl-1',
                date: '2021-04-01',
                actor: 'CZ',
                target: ['RU'],
                measure: 'EXPULSION',
                notes: 'x\u007f',
              },
            ],
          },
        },
        { as: 'editor' },
      ),
    );
    expect(imported.map((problem) => problem.path)).toEqual(['row 1.notes']);
  });

  it('refuses a lone id argument over the limit without querying', async () => {
    const problems = await refused(() =>
      postGraphQL(app, { query: 'query($id: ID!) { node(id: $id) { id } }', variables: { id: LONG_ID } }),
    );
    expect(problems).toEqual([
      { path: 'id', message: 'an id has at most 200 characters (this one has 9006)' },
    ]);
  });

  it('refuses an inference over more answers than one request may name, before Cypher', async () => {
    const ids = Array.from({ length: 201 }, (_, index) => `event:bounds-answer-${index}`);
    const problems = await refused(() =>
      postGraphQL(
        app,
        {
          query: 'mutation($ids: [ID!]!) { inferRetaliation(answerIds: $ids) { proposed } }',
          variables: { ids },
        },
        { as: 'editor' },
      ),
    );
    expect(problems).toEqual([
      { path: 'answerIds', message: 'answerIds must contain no more than 200 elements' },
    ]);
  });

  it('names each answer id of an inference that is no event, and stores no proposal', async () => {
    const before = await graphSnapshot(driver);
    const response = await postGraphQL(
      app,
      {
        query: `mutation { inferRetaliation(answerIds: ["event:2022-04-11-fr-expels-six-russian-agents",
          "event:bounds-no-such-answer", "state:FR"]) { proposed } }`,
      },
      { as: 'editor' },
    );
    expect(response.body.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      problems: [
        { path: 'answerIds[1]', message: 'no event event:bounds-no-such-answer' },
        { path: 'answerIds[2]', message: 'no event state:FR' },
      ],
    });
    expect(await graphSnapshot(driver)).toEqual(before);
  });

  it.each(['-0044', 'Y10000', 'Y300000'])(
    'refuses the EDTF date %s it cannot bound, at the path',
    async (date) => {
      const problems = await refused(() =>
        postGraphQL(app, { query: SAVE_EVENT, variables: { event: event({ date }) } }, { as: 'editor' }),
      );
      expect(problems).toEqual([
        {
          path: 'date',
          message: `"${date}" falls outside the years 0000 to 9999, the range dates are kept for`,
        },
      ]);
    },
  );

  it('stores a set with the bounds of its members', async () => {
    const { body } = await postGraphQL(
      app,
      { query: SAVE_EVENT, variables: { event: event({ date: '[2020-01..2020-03]' }) } },
      { as: 'editor' },
    );
    expect(body.data).toEqual({
      saveEvent: { id: 'event:bounds-test', date: { earliest: '2020-01-01', latest: '2020-03-31' } },
    });
    const { records } = await driver.executeQuery(
      'MATCH (e:Event {id: "event:bounds-test"}) RETURN toString(e.dateLatest) AS latest',
    );
    expect(records[0]?.get('latest')).toBe('2020-03-31');
  });

  const EXPECTED_FORM =
    'must be a calendar day written YYYY-MM-DD, such as 2021-02-28 (no time, no time zone)';

  it.each([
    ['events', '{ events(filter: {from: "2021-02-01T00:00:00Z"}) { totalCount } }', 'from'],
    ['events', '{ events(filter: {to: "2021-W05"}) { totalCount } }', 'to'],
    ['subgraph', '{ subgraph(ids: ["state:FR"], from: "2021-02-01T10:00") { nodes { id } } }', 'from'],
    ['subgraph', '{ subgraph(ids: ["state:FR"], to: "2021-02-30") { nodes { id } } }', 'to'],
    [
      'dyadTimeline',
      '{ dyadTimeline(a: "state:FR", b: "state:RU", from: "2021-032") { escalation } }',
      'from',
    ],
    ['dyadTimeline', '{ dyadTimeline(a: "state:FR", b: "state:RU", to: "20210201") { escalation } }', 'to'],
  ])('%s refuses a date argument that is not YYYY-MM-DD: %s', async (_query, query, path) => {
    const problems = await refused(() => postGraphQL(app, { query }));
    expect(problems).toEqual([{ path, message: `${path} ${EXPECTED_FORM}` }]);
  });

  it('the export route answers 400 with the expected form for a date-time', async () => {
    const queries = app.executor.queryCount;
    const response = await fetch(`${app.url}/export/subgraph?ids=state:FR&from=2021-02-01T00:00:00Z`, {
      headers: { 'x-api-key': TEST_API_KEYS.reader },
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ path: 'from', message: `from ${EXPECTED_FORM}` }],
    });
    expect(app.executor.queryCount).toBe(queries);
  });

  it('imports history rows that name states as the news does', async () => {
    const rows = [
      {
        id: 'md-1',
        date: '2023-07-26',
        actor: 'Moldova',
        target: ['Russia'],
        measure: 'EXPULSION',
        count: 45,
      },
      {
        id: 'mk-1',
        date: '2022-03',
        actor: 'Macedonia',
        target: ['the UK', 'Ivory Coast'],
        measure: 'SUMMONS',
      },
    ];
    const { body } = await postGraphQL(
      app,
      {
        query: 'mutation($rows: [HistoryRowInput!]!) { importHistory(rows: $rows) { created } }',
        variables: { rows },
      },
      { as: 'editor' },
    );
    expect(body.errors).toBeUndefined();
    const { records } = await driver.executeQuery(`
      MATCH (e:Event)-[:INITIATED_BY]->(actor:State) WHERE e.id IN ['event:md-1', 'event:mk-1']
      RETURN e.id AS id, actor.iso2 AS actor, COLLECT { MATCH (e)-[:TARGETED]->(t) RETURN t.iso2 ORDER BY t.iso2 } AS targets
      ORDER BY id`);
    expect(records.map((record) => record.toObject())).toEqual([
      { id: 'event:md-1', actor: 'MD', targets: ['RU'] },
      { id: 'event:mk-1', actor: 'MK', targets: ['CI', 'GB'] },
    ]);
  });
});
