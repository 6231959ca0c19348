import { readFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import type { RunningApplication } from '../../src/application';
import { fromProjectRoot } from '../../src/project-root';
import { graphSnapshot } from '../support/graph-snapshot';
import { withApplicationAndDriver } from '../support/application-and-driver';
import { postGraphQL, type As } from '../support/test-application';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const SIX = 'event:2022-04-11-fr-expels-six-russian-agents';
const THIRTY_FIVE = 'event:2022-04-04-fr-expels-35-russian-diplomats';

describe('mutations', () => {
  let app: RunningApplication;
  let driver: Driver;

  const run = async (query: string, variables: Json = {}, as: As = 'editor') =>
    (await postGraphQL(app, { query, variables }, { as })).body;

  withApplicationAndDriver((started) => ({ app, driver } = started));

  it('creates an event, then updates it, idempotently', async () => {
    const event = {
      id: 'event:2023-test-ru-expels-french-diplomats',
      type: 'EXPULSION',
      title: 'Russia expels French diplomats',
      date: '2022-05~',
      secret: false,
      actors: ['state:RU'],
      targets: ['state:FR'],
      count: 6,
    };
    const save = `mutation($event: EventInput!) { saveEvent(event: $event) { id count date { edtf earliest } cameoCode actors { id } } }`;
    const first = await run(save, { event });
    expect(first).toEqual({
      data: {
        saveEvent: {
          id: event.id,
          count: 6,
          date: { edtf: '2022-05~', earliest: '2022-05-01' },
          cameoCode: '161',
          actors: [{ id: 'state:RU' }],
        },
      },
    });
    const before = await graphSnapshot(driver);
    expect(await run(save, { event })).toEqual(first);
    expect(await graphSnapshot(driver)).toEqual(before);
    const updated = await run(save, { event: { ...event, count: 7 } });
    expect((updated['data'] as Json)['saveEvent'].count).toBe(7);
  });

  it('reports every bad field with its path and writes nothing', async () => {
    const before = await graphSnapshot(driver);
    const body = await run(`mutation($event: EventInput!) { saveEvent(event: $event) { id } }`, {
      event: {
        id: 'event:bad',
        type: 'EXPULSION',
        title: '',
        date: '2021-13',
        secret: false,
        actors: ['state:XX'],
        targets: ['nobody'],
        count: -1,
      },
    });
    const error = body.errors?.[0];
    expect(error?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(error?.extensions?.['problems']).toEqual(
      expect.arrayContaining([
        { path: 'title', message: expect.stringContaining('title') },
        { path: 'date', message: expect.stringContaining('"2021-13" is not an EDTF date') },
        { path: 'count', message: expect.stringContaining('0') },
        { path: 'targets', message: expect.stringContaining('nobody') },
      ]),
    );
    expect(await graphSnapshot(driver)).toEqual(before);
  });

  it('answers NOT_FOUND, with the path, for a reference to nothing, and writes nothing', async () => {
    const before = await graphSnapshot(driver);
    const body = await run(`mutation($link: RetaliationLinkInput!) { linkRetaliation(link: $link) { id } }`, {
      link: { from: 'event:does-not-exist', to: SIX },
    });
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      problems: [{ path: 'from', message: expect.any(String) }],
    });
    expect(await graphSnapshot(driver)).toEqual(before);
  });

  it('links and unlinks retaliation; unlinking needs admin and is idempotent', async () => {
    const link = await run(
      `mutation { linkRetaliation(link: {from: "${SIX}", to: "${THIRTY_FIVE}", confidence: 0.4, note: "test"}) { id basis confidence from { id } to { id } } }`,
    );
    const made = (link['data'] as Json)['linkRetaliation'];
    expect(made).toMatchObject({
      basis: 'ANALYST',
      confidence: 0.4,
      from: { id: SIX },
      to: { id: THIRTY_FIVE },
    });
    const unlink = `mutation { unlinkRetaliation(id: "${made.id}") }`;
    expect((await run(unlink)).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(await run(unlink, {}, 'admin')).toEqual({ data: { unlinkRetaliation: true } });
    expect(await run(unlink, {}, 'admin')).toEqual({ data: { unlinkRetaliation: false } });
  });

  it('refuses a link id already used between other events with CONFLICT', async () => {
    const body = await run(
      `mutation { linkRetaliation(link: {id: "rel:2020-ru-expulsion-answers-fr-expulsion", from: "${SIX}", to: "${THIRTY_FIVE}"}) { id } }`,
    );
    expect(body.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
  });

  it('merges a duplicate actor into another with an audit record only admins see', async () => {
    await run(
      `mutation { saveEntity(entity: {id: "org:dgsi-duplicate", type: ORGANIZATION, kind: AGENCY, name: "DGSI (France)", aliases: ["Sécurité intérieure"]}) { id } }`,
    );
    await run(
      `mutation { saveEvent(event: {id: "event:test-dgsi-duplicate-statement", type: STATEMENT, title: "A statement", secret: false, actors: ["org:dgsi-duplicate"], targets: []}) { id } }`,
    );
    const merge = await run(
      `mutation { mergeActors(keep: "org:dgsi", duplicate: "org:dgsi-duplicate", reason: "Same agency") { id keptId mergedId mergedName movedRelationships } }`,
      {},
      'admin',
    );
    const audit = (merge['data'] as Json)['mergeActors'];
    expect(audit).toMatchObject({
      keptId: 'org:dgsi',
      mergedId: 'org:dgsi-duplicate',
      mergedName: 'DGSI (France)',
      movedRelationships: 1,
    });

    const kept = await run(
      `{ actor(id: "org:dgsi") { aliases initiated { id } } gone: node(id: "org:dgsi-duplicate") { id } }`,
      {},
      'reader',
    );
    expect((kept['data'] as Json)['actor'].aliases).toEqual(
      expect.arrayContaining(['DGSI', 'DGSI (France)', 'Sécurité intérieure']),
    );
    expect((kept['data'] as Json)['actor'].initiated).toEqual(
      expect.arrayContaining([{ id: 'event:test-dgsi-duplicate-statement' }]),
    );
    expect((kept['data'] as Json)['gone']).toBeNull();

    const auditQuery = `{ node(id: "${audit.id}") { id ... on MergeAudit { reason } } }`;
    expect(await run(auditQuery, {}, 'reader')).toEqual({ data: { node: null } });
    expect(await run(auditQuery, {}, 'admin')).toEqual({
      data: { node: { id: audit.id, reason: 'Same agency' } },
    });
  });

  it('ingests a report through GraphQL with the same validation as the CLI', async () => {
    const report = JSON.parse(
      readFileSync(fromProjectRoot('test/fixtures/reports/valid-exchange.json'), 'utf8'),
    ) as Json;
    const ingest = `mutation($report: ReportInput!) { ingestReport(report: $report) { reportId status nodesCreated } }`;
    const created = await run(ingest, { report });
    expect((created['data'] as Json)['ingestReport']).toMatchObject({
      reportId: 'report:fixture-exchange',
      status: 'created',
    });
    expect((await run(ingest, { report }))['data']).toEqual({
      ingestReport: { reportId: 'report:fixture-exchange', status: 'unchanged', nodesCreated: 0 },
    });

    const before = await graphSnapshot(driver);
    const bad = {
      ...report,
      id: 'report:fixture-bad-graphql',
      events: [{ ...report['events'][0], actors: ['org:nowhere'] }],
    };
    const rejected = await run(ingest, { report: bad });
    expect(rejected.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [
        {
          path: 'events[0].actors[0]',
          message: '"org:nowhere" is neither declared in this report nor in the graph',
        },
      ],
    });
    expect(await graphSnapshot(driver)).toEqual(before);
  });
});
