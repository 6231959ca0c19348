import { readFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import type { RunningApplication } from '../../src/application';
import { fromProjectRoot } from '../../src/project-root';
import { graphSnapshot } from '../support/graph-snapshot';
import { withApplicationAndDriver } from '../support/application-and-driver';
import { postGraphQL, type As } from '../support/test-application';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const DRAFT = 'mutation($input: DraftReportInput!) { draftReport(input: $input) }';
const ARTICLE = readFileSync(
  fromProjectRoot('test/fixtures/articles/seeds/000_6a8349969b126fb9.txt'),
  'utf8',
);

describe('draftReport mutation', () => {
  let app: RunningApplication;
  let driver: Driver;

  const run = async (variables: Json, as: As = 'editor') =>
    (await postGraphQL(app, { query: DRAFT, variables }, { as })).body;

  withApplicationAndDriver((started) => ({ app, driver } = started));

  it('drafts the first seed article, writes nothing, and the draft ingests as a report', async () => {
    const before = await graphSnapshot(driver);
    const body = await run({ input: { text: ARTICLE, published: '2022-04-11', outlet: 'franceinfo' } });
    expect(body.errors).toBeUndefined();
    const draft = (body.data as Json)['draftReport'] as Json;
    expect(await graphSnapshot(driver)).toEqual(before);

    const events = draft['events'] as Json[];
    const last35 = events.find((e) => e['count'] === 35);
    expect(last35).toMatchObject({
      type: 'EXPULSION',
      date: '2022-04-04',
      actors: ['state:FR'],
      targets: ['state:RU'],
    });
    expect(events.find((e) => e['count'] === 6)).toMatchObject({
      type: 'EXPULSION',
      form: 'PERSONA_NON_GRATA',
    });
    expect(events.map((e) => e['type'])).toEqual(
      expect.arrayContaining(['SUMMONS', 'INVESTIGATION', 'STATEMENT']),
    );
    expect(events.find((e) => e['type'] === 'INVESTIGATION')?.['actors']).toContain('org:dgsi');
    expect(draft['source'].outlet).toBe('org:france-televisions');

    const ingest = await postGraphQL(
      app,
      {
        query: 'mutation($r: ReportInput!) { ingestReport(report: $r) { status } }',
        variables: { r: draft },
      },
      { as: 'editor' },
    );
    expect(ingest.body).toEqual({ data: { ingestReport: { status: 'created' } } });
  });

  it('is for editors only', async () => {
    const body = await run({ input: { text: ARTICLE, published: '2022-04-11' } }, 'reader');
    expect(body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('refuses a bad publication date and an oversize text at their paths', async () => {
    const bad = await run({ input: { text: ARTICLE, published: '11/04/2022' } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ path: 'published' }],
    });
    const missing = await run({ input: { text: 'Moscow expels two diplomats.' } });
    expect(missing.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ path: 'published' }],
    });
    const huge = await run({ input: { text: 'x'.repeat(50_001), published: '2022-04-11' } });
    expect(huge.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ path: 'text' }],
    });
  });
});
