import type { Driver } from 'neo4j-driver';
import type { RunningApplication } from '../../src/application';
import { IngestService } from '../../src/report/ingest.service';
import { SEEDS_DIR } from '../../src/report/load-seeds';
import { readReportFiles } from '../../src/report/read-report-files';
import { ReportRepository } from '../../src/report/report.repository';
import { graphSnapshot } from '../support/graph-snapshot';
import { withApplicationAndDriver } from '../support/application-and-driver';
import { postGraphQL } from '../support/test-application';

const EVENT_FIELDS = `
  id type title secret count form statedReason cameoCode goldstein ploverCategory ploverMode
  date { edtf earliest latest precision approximate }
  disclosed { edtf earliest latest }
  actors { id type name ... on State { iso2 } }
  targets { id name }
  expelled { id description ... on Group { count } }
  claims { property value quote credibility grade source { id kind reliability partOf { id } outlet { name } } }
  sources { id kind title }
  answers { id basis confidence to { id } }
  answeredBy { id basis from { id title } }
`;

interface EventView {
  id: string;
  secret: boolean;
  count: number | null;
  date: {
    edtf: string;
    earliest: string | null;
    latest: string | null;
    precision: string;
    approximate: boolean;
  } | null;
  disclosed: { edtf: string } | null;
  actors: Array<{ id: string }>;
  expelled: Array<{ id: string; count?: number }>;
  claims: Array<{
    property: string;
    quote: string;
    grade: string;
    source: {
      id: string;
      kind: string;
      reliability: string;
      partOf: { id: string } | null;
      outlet: { name: string } | null;
    };
  }>;
  sources: Array<{ id: string }>;
  answers: Array<{ basis: string; to: { id: string } }>;
  answeredBy: Array<{ basis: string; from: { id: string } }>;
  [key: string]: unknown;
}

describe('the seed graph, loaded by the start on an empty database', () => {
  let app: RunningApplication;
  let driver: Driver;

  const event = async (id: string): Promise<EventView> => {
    const { body } = await postGraphQL(app, {
      query: `query($id: ID!) { event(id: $id) { ${EVENT_FIELDS} } }`,
      variables: { id },
    });
    expect(body.errors).toBeUndefined();
    return (body.data as { event: EventView }).event;
  };

  withApplicationAndDriver((started) => ({ app, driver } = started));

  it('lists every seed event in time order with its total', async () => {
    const { body } = await postGraphQL(app, {
      query: '{ events(first: 100) { totalCount edges { node { id date { earliest } } } } }',
    });
    const { totalCount, edges } = (
      body.data as {
        events: {
          totalCount: number;
          edges: Array<{ node: { id: string; date: { earliest: string | null } | null } }>;
        };
      }
    ).events;
    expect(totalCount).toBe(27);
    expect(edges).toHaveLength(27);
    const dated = edges.map((edge) => edge.node.date?.earliest).filter((day): day is string => Boolean(day));
    expect(dated).toEqual([...dated].sort());
  });

  it('holds the April 2022 expulsion of six agents with its date, group, reason and quotes', async () => {
    const six = await event('event:2022-04-11-fr-expels-six-russian-agents');
    expect(six).toMatchObject({
      type: 'EXPULSION',
      count: 6,
      form: 'PERSONA_NON_GRATA',
      secret: false,
      cameoCode: '161',
      goldstein: -4,
      ploverCategory: 'SANCTION',
      ploverMode: 'expel',
      date: {
        edtf: '2022-04-11',
        earliest: '2022-04-11',
        latest: '2022-04-11',
        precision: 'DAY',
        approximate: false,
      },
    });
    expect(six.actors.map((actor) => actor.id)).toEqual(expect.arrayContaining(['state:FR', 'org:fr-mfa']));
    expect(six.expelled).toEqual([expect.objectContaining({ count: 6 })]);
    const countClaim = six.claims.find((claim) => claim.property === 'count');
    expect(countClaim?.quote).toContain('“declared persona non grata”');
    expect(countClaim?.grade).toBe('B2');
    expect(countClaim?.source.outlet?.name).toBe('France Télévisions');
    expect(six.answers).toEqual([
      expect.objectContaining({
        basis: 'STATED',
        to: { id: 'event:2022-russian-intelligence-clandestine-operation-in-france' },
      }),
    ]);
  });

  it('keeps the secret 2020 exchange apart from its disclosure, reported by both Russian articles', async () => {
    const french = await event('event:2020-12-fr-expels-russian-economic-diplomat');
    expect(french).toMatchObject({
      secret: true,
      count: 1,
      date: { edtf: '2020-12~', earliest: '2020-12-01', latest: '2020-12-31', approximate: true },
      disclosed: { edtf: '2021-02~' },
    });
    expect(new Set(french.claims.map((claim) => claim.source.id)).size).toBe(2);
    expect(french.sources).toHaveLength(2);
    expect(french.answeredBy).toEqual([
      expect.objectContaining({
        basis: 'STATED',
        from: expect.objectContaining({ id: 'event:2020-12-ru-expels-french-diplomat-in-answer' }),
      }),
    ]);
  });

  it('grades the reader comment apart from the article it sits under', async () => {
    const golitsyn = await event('event:golitsyn-says-spy-in-french-national-defence');
    expect(golitsyn.claims.length).toBeGreaterThan(0);
    for (const claim of golitsyn.claims) {
      expect(claim.source).toMatchObject({
        kind: 'COMMENT',
        partOf: { id: 'source:ru-outlet-2021-russia-and-france-secretly-expel-diplomats' },
      });
      expect(['E', 'F']).toContain(claim.source.reliability);
      expect(claim.grade).toMatch(/^[EF][56]$/);
    }
  });

  it('records Kommersant relaying Les Echos, and the article citing both', async () => {
    const { records } = await driver.executeQuery(`
      MATCH (:Organization {id: 'org:kommersant'})-[:CITES]->(echos:Organization {id: 'org:les-echos'})
      MATCH (article:Source {id: 'source:ru-outlet-2021-russia-and-france-secretly-expelled-diplomats-end-2020'})-[:CITES]->(cited)
      RETURN echos.name AS echos, collect(cited.id) AS cited`);
    expect(records[0]?.get('echos')).toBe('Les Echos');
    expect(records[0]?.get('cited')).toEqual(expect.arrayContaining(['org:les-echos', 'org:kommersant']));
  });

  it('changes nothing when the seeds are ingested again', async () => {
    const before = await graphSnapshot(driver);
    const executor = app.executor;
    const summary = await new IngestService(new ReportRepository(executor)).ingest(
      readReportFiles([SEEDS_DIR]),
    );
    expect(summary.totals).toEqual({ created: 0, updated: 0, unchanged: 3, rejected: 0 });
    expect(await graphSnapshot(driver)).toEqual(before);
  });
});
