import { readFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import type { RunningApplication } from '../../src/application';
import { toPlain } from '../../src/db/to-plain';
import { setUpGraph } from '../../src/graph-schema/set-up-graph';
import { createLogger } from '../../src/logger';
import { fromProjectRoot } from '../../src/project-root';
import { IngestService } from '../../src/report/ingest.service';
import { ReportRepository } from '../../src/report/report.repository';
import { brokenInvariants } from '../support/graph-invariants';
import { withApplicationAndDriver } from '../support/application-and-driver';
import { graphSnapshot } from '../support/graph-snapshot';
import { postGraphQL, signTestToken, type As, type GraphQLResponse } from '../support/test-application';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const INGEST = `mutation($report: ReportInput!) { ingestReport(report: $report) { reportId status } }`;
const IMPORT = `mutation($rows: [HistoryRowInput!]!) { importHistory(rows: $rows) { rows created } }`;
const LINK = `mutation($link: RetaliationLinkInput!) { linkRetaliation(link: $link) { id } }`;
const MERGE = `mutation($keep: ID!, $duplicate: ID!) { mergeActors(keep: $keep, duplicate: $duplicate, reason: "test") { id } }`;

const FI_EXPELS = 'event:fixture-fi-expels-four';
const EE_ANSWERS = 'event:fixture-ee-expels-one';
const COMMENT = 'source:fixture-exchange#comment-1';

/** The fixture report: report:fixture-exchange on source:fixture-exchange, three claims, one comment. */
function first(): Json {
  return JSON.parse(
    readFileSync(fromProjectRoot('test/fixtures/reports/valid-exchange.json'), 'utf8'),
  ) as Json;
}

/** A second analyst's report of the same article: its own comment part and two claims of its own. */
function second(): Json {
  const report = first();
  return {
    ...report,
    id: 'report:fixture-second-reading',
    source: {
      ...report.source,
      parts: [
        { id: 'source:fixture-exchange#comment-7', kind: 'COMMENT', author: 'reader7', reliability: 'F' },
      ],
    },
    claims: [
      // Word for word a claim of the first report: still a claim of its own.
      { ...report.claims[0], id: undefined },
      {
        subject: EE_ANSWERS,
        property: 'count',
        value: '1',
        quote: 'one attaché left',
        credibility: 4,
        part: 'source:fixture-exchange#comment-7',
      },
    ],
  };
}

describe('provenance no write can erase', () => {
  let app: RunningApplication;
  let driver: Driver;

  const run = async (query: string, variables: Json = {}, as: As = 'editor') =>
    (await postGraphQL(app, { query, variables }, { as })).body;
  const ingest = async (report: Json) => {
    const body = await run(INGEST, { report });
    expect(body.errors).toBeUndefined();
    return (body.data as Json).ingestReport.status as string;
  };
  const claimsOf = async (reportId: string): Promise<Json[]> => {
    const { records } = await driver.executeQuery(
      `MATCH (c:Claim {reportId: $reportId})-[:STATED_IN]->(s:Source)
       RETURN c.id AS id, c.quote AS quote, s.id AS statedIn ORDER BY c.quote`,
      { reportId },
    );
    return records.map((record) => toPlain(record.toObject()));
  };
  /** The write is refused with this code at these paths, and the graph is as it was. */
  const refused = async (
    write: () => Promise<GraphQLResponse['body']>,
    code: string,
    paths: string[],
  ): Promise<Json[]> => {
    const before = await graphSnapshot(driver);
    const body = await write();
    expect(body.data ?? null).toBeNull();
    const [error] = body.errors ?? [];
    expect(error?.extensions?.['code']).toBe(code);
    const problems = error?.extensions?.['problems'] as Json[];
    expect(problems.map((problem) => problem.path)).toEqual(paths);
    expect(await graphSnapshot(driver)).toEqual(before);
    return problems;
  };

  withApplicationAndDriver((started) => ({ app, driver } = started));

  describe('1. claims belong to the report that states them', () => {
    it('keeps two reports of one article side by side, each with its own claims', async () => {
      expect(await ingest(first())).toBe('created');
      expect(await ingest(second())).toBe('created');

      const firstClaims = await claimsOf('report:fixture-exchange');
      const secondClaims = await claimsOf('report:fixture-second-reading');
      expect(firstClaims.map((claim) => claim.id).sort()).toEqual([
        'claim:fixture-1',
        'claim:fixture-2',
        'claim:fixture-3',
      ]);
      expect(secondClaims).toHaveLength(2);
      // The same words in two reports are two statements, never one shared node.
      const same = secondClaims.find((claim) => claim.quote === 'Finland expelled four diplomats');
      expect(same.id).not.toBe('claim:fixture-1');
      expect(same.statedIn).toBe('source:fixture-exchange');
    });

    it('changes and re-ingests one report without touching the other', async () => {
      const changed = second();
      changed.claims = [changed.claims[1]];
      expect(await ingest(changed)).toBe('updated');
      expect(await claimsOf('report:fixture-second-reading')).toHaveLength(1);
      expect(await claimsOf('report:fixture-exchange')).toHaveLength(3);

      // The first report's comment survives the second report's write of the shared source.
      const { records } = await driver.executeQuery(
        `MATCH (p:Source)-[:PART_OF]->(:Source {id: 'source:fixture-exchange'}) RETURN p.id AS id ORDER BY id`,
      );
      expect(records.map((record) => record.get('id'))).toEqual([
        COMMENT,
        'source:fixture-exchange#comment-7',
      ]);

      const before = await graphSnapshot(driver);
      expect(await ingest(first())).toBe('unchanged');
      expect(await graphSnapshot(driver)).toEqual(before);
    });

    it('says "unchanged" only when the report\'s claims are really all there', async () => {
      await driver.executeQuery(`MATCH (c:Claim {id: 'claim:fixture-3'}) DETACH DELETE c`);
      expect(await ingest(first())).toBe('updated');
      expect(await claimsOf('report:fixture-exchange')).toHaveLength(3);
      expect(await ingest(first())).toBe('unchanged');
    });

    it("refuses a claim id that is another report's claim, with its path", async () => {
      const report = second();
      report.claims[0].id = 'claim:fixture-1';
      const [problem] = await refused(() => run(INGEST, { report }), 'CONFLICT', ['claims[0].id']);
      expect(problem.message).toBe('"claim:fixture-1" already names a Claim of report:fixture-exchange');
    });
  });

  describe("1b. a report is its submitter's", () => {
    const asAnotherEditor = async (report: Json) =>
      (
        await postGraphQL(
          app,
          { query: INGEST, variables: { report } },
          {
            as: 'anonymous',
            headers: {
              authorization: `Bearer ${await signTestToken({ roles: ['editor'] }, { subject: 'second-analyst@example.org' })}`,
            },
          },
        )
      ).body;

    it("refuses another editor's restatement of a report, and leaves its claims as they were", async () => {
      const restated = first();
      restated.claims = [restated.claims[0]];
      const [problem] = await refused(() => asAnotherEditor(restated), 'CONFLICT', ['id']);
      expect(problem.message).toBe(
        'report "report:fixture-exchange" was submitted by another account; only its submitter or an admin may restate it',
      );
      expect(await claimsOf('report:fixture-exchange')).toHaveLength(3);
    });

    it('lets an admin restate it, and keeps who first submitted it', async () => {
      const restated = first();
      restated.notes = 'restated by an admin';
      const body = await run(INGEST, { report: restated }, 'admin');
      expect(body.errors).toBeUndefined();
      expect((body.data as Json).ingestReport.status).toBe('updated');
      const { records } = await driver.executeQuery(
        `MATCH (r:Report {id: 'report:fixture-exchange'}) RETURN r.submittedBy AS submittedBy`,
      );
      expect(records[0]?.get('submittedBy')).toBe(
        (
          await driver.executeQuery(
            `MATCH (r:Report {id: 'report:fixture-second-reading'}) RETURN r.submittedBy AS s`,
          )
        ).records[0]?.get('s'),
      );
      expect(await ingest(first())).toBe('updated');
    });
  });

  describe('2. an id names one kind of thing, forever', () => {
    /** A report that declares nothing but a comment part with this id, and a claim on the article. */
    const withPart = (id: string) => {
      const report = second();
      return {
        ...report,
        source: { ...report.source, parts: [{ ...report.source.parts[0], id }] },
        entities: [],
        events: [],
        relations: [],
        claims: [{ subject: 'state:FI', property: 'count', value: '4', quote: 'four', credibility: 3 }],
      };
    };

    it.each([
      ["another report's event", FI_EXPELS, 'an Event, not a Source'],
      ['an outlet', 'org:fixture-gazette', 'an Organization, not a Source'],
      ['a reference state', 'state:MC', 'a State, not a Source'],
      ["another report's comment", COMMENT, 'a Source of report:fixture-exchange'],
      [
        'another article',
        'source:franceinfo-2022-04-11-france-expels-six-russian-spies',
        'a Source that no report owns',
      ],
    ])('refuses %s declared as a comment part, and relabels nothing', async (_what, id, named) => {
      const [problem] = await refused(() => run(INGEST, { report: withPart(id) }), 'CONFLICT', [
        'source.parts[0].id',
      ]);
      expect(problem.message).toBe(`"${id}" already names ${named}`);
    });

    it('finds the same conflicts when only checking (ingest --check), writing nothing', async () => {
      const before = await graphSnapshot(driver);
      const service = new IngestService(new ReportRepository(app.executor));
      const { documents } = await service.check([{ name: 'part.json', content: withPart('state:MC') }]);
      expect(documents[0]).toMatchObject({
        status: 'rejected',
        problems: [{ path: 'source.parts[0].id', message: '"state:MC" already names a State, not a Source' }],
      });
      expect(await graphSnapshot(driver)).toEqual(before);
    });

    it('still reads the outlet an earlier write could have relabelled', async () => {
      const body = await run(`{ actor(id: "org:fixture-gazette") { id name } }`, {}, 'reader');
      expect(body).toEqual({ data: { actor: { id: 'org:fixture-gazette', name: 'Fixture Gazette' } } });
    });

    it("refuses a source id that is another report's comment part", async () => {
      const report = second();
      report.source = { ...report.source, id: COMMENT, parts: [] };
      report.claims = [report.claims[0]];
      const [problem] = await refused(() => run(INGEST, { report }), 'CONFLICT', ['source.id']);
      expect(problem.message).toBe(`"${COMMENT}" already names a Source of report:fixture-exchange`);
    });

    it('refuses a relation id already naming a link between other events', async () => {
      const report = second();
      report.relations = [
        { id: 'rel:fixture-answer', type: 'RESULTED_FROM', from: FI_EXPELS, to: EE_ANSWERS },
      ];
      const [problem] = await refused(() => run(INGEST, { report }), 'CONFLICT', ['relations[0].id']);
      expect(problem.message).toBe(
        `"rel:fixture-answer" already names RETALIATED_AGAINST from "${EE_ANSWERS}" to "${FI_EXPELS}"`,
      );
    });
  });

  describe('3. no orphans', () => {
    it("removes a dropped comment part with its claims, and leaves the other report's part alone", async () => {
      const report = first();
      report.source.parts = [];
      report.claims = report.claims.filter((claim: Json) => claim.part === undefined);
      expect(await ingest(report)).toBe('updated');

      const { records } = await driver.executeQuery(
        `OPTIONAL MATCH (gone:Node {id: $comment})
         OPTIONAL MATCH (kept:Source {id: 'source:fixture-exchange#comment-7'})-[:PART_OF]->(:Source)
         RETURN gone IS NULL AS gone, kept IS NOT NULL AS kept,
                COUNT { (:Claim {id: 'claim:fixture-3'}) } AS claims,
                COUNT { (:Event {id: $answer})-[:REPORTED_BY]->(:Source {id: $comment}) } AS reported`,
        { comment: COMMENT, answer: EE_ANSWERS },
      );
      expect(toPlain(records[0]?.toObject())).toEqual({ gone: true, kept: true, claims: 0, reported: 0 });
      expect(await claimsOf('report:fixture-second-reading')).toHaveLength(1);
      expect(await ingest(first())).toBe('updated');
    });
  });

  describe('3. no claim without its subject', () => {
    it('refuses to unlink a retaliation that claims are about', async () => {
      const [problem] = await refused(
        () => run('mutation { unlinkRetaliation(id: "rel:fixture-answer") }', {}, 'admin'),
        'CONFLICT',
        ['id'],
      );
      expect(problem.message).toBe(
        'claims of report:fixture-exchange are about this link: change those reports instead',
      );
    });
  });

  describe('3. the invariant check run after every integration test', () => {
    it('sees what no write may leave behind', async () => {
      await driver.executeQuery(
        `CREATE (:Node:Claim {id: 'claim:planted-orphan', subjectId: 'event:nowhere'})
         CREATE (:Node:Event:Source {id: 'event:planted-twice'})`,
      );
      try {
        expect(await brokenInvariants(driver)).toEqual({
          'claim without STATED_IN': ['claim:planted-orphan'],
          'claim without its subject': ['claim:planted-orphan'],
          'node with two kind labels': ['event:planted-twice :Node:Event:Source'],
          'event without a party': ['event:planted-twice'],
        });
      } finally {
        await driver.executeQuery(
          `MATCH (n:Node) WHERE n.id IN ['claim:planted-orphan', 'event:planted-twice'] DETACH DELETE n`,
        );
      }
    });
  });

  describe('4. tables do not overwrite reports', () => {
    const row = (id: string, extra: Json = {}) => ({
      id,
      date: '2023-06-01',
      actor: 'FI',
      target: ['EE'],
      measure: 'EXPULSION',
      count: 1,
      ...extra,
    });

    it("refuses a row whose id is a report's event, at its row and column", async () => {
      const [problem] = await refused(
        () => run(IMPORT, { rows: [row('fixture-later'), row('fixture-fi-expels-four')] }),
        'CONFLICT',
        ['row 2.id'],
      );
      expect(problem.message).toContain(`"${FI_EXPELS}" is already in the graph, declared by a report`);
    });

    it('stores a repeated target once', async () => {
      const body = await run(IMPORT, {
        rows: [row('prov-ru-named-thrice', { target: ['RU', 'Russia', 'RUS'] })],
      });
      expect(body.errors).toBeUndefined();
      const { records } = await driver.executeQuery(
        `MATCH (:Event {id: 'event:prov-ru-named-thrice'})-[t:TARGETED]->(s:State) RETURN s.id AS id, count(t) AS links`,
      );
      expect(records.map((record) => toPlain(record.toObject()))).toEqual([{ id: 'state:RU', links: 1 }]);
    });

    it('refuses a state acting against itself', async () => {
      const [problem] = await refused(
        () => run(IMPORT, { rows: [row('prov-fi-against-fi', { target: ['EE', 'Finland'] })] }),
        'BAD_USER_INPUT',
        ['row 1.target'],
      );
      expect(problem.message).toBe(
        '"Finland" is the acting state: a state does not take a measure against itself',
      );
    });

    it('refuses a responds_to cycle, at the row that closes it', async () => {
      const [problem] = await refused(
        () =>
          run(IMPORT, {
            rows: [
              row('prov-a', { responds_to: ['prov-c'] }),
              row('prov-b', { responds_to: ['prov-a'] }),
              row('prov-c', { responds_to: ['prov-b'] }),
            ],
          }),
        'BAD_USER_INPUT',
        ['row 2.responds_to'],
      );
      expect(problem.message).toBe(
        '"prov-a" answers this row, directly or through other rows: responds_to would close a cycle',
      );
    });

    it('refuses an answer that ended before its act began', async () => {
      const [problem] = await refused(
        () =>
          run(IMPORT, {
            rows: [
              row('prov-act', { date: '2023-07' }),
              row('prov-answer', { date: '2023-06', responds_to: ['prov-act'] }),
            ],
          }),
        'BAD_USER_INPUT',
        ['row 2.responds_to'],
      );
      expect(problem.message).toBe('"prov-act" is dated after this row (2023-07)');
    });

    it("refuses a report's retaliation that closes a cycle, at the relation", async () => {
      const report = second();
      report.relations = [
        { type: 'RETALIATED_AGAINST', from: FI_EXPELS, to: EE_ANSWERS, basis: 'STATED', confidence: 0.5 },
      ];
      const [problem] = await refused(() => run(INGEST, { report }), 'CONFLICT', ['relations[0]']);
      expect(problem.message).toContain('this link would close a cycle');
    });

    it('refuses a linkRetaliation that closes a cycle', async () => {
      const [problem] = await refused(
        () => run(LINK, { link: { from: FI_EXPELS, to: EE_ANSWERS } }),
        'CONFLICT',
        ['to'],
      );
      expect(problem.message).toBe(
        `"${EE_ANSWERS}" already answers "${FI_EXPELS}", directly or through other measures: this link would close a cycle`,
      );
    });

    it('refuses a linkRetaliation whose answer ended before its act began', async () => {
      expect(
        (await run(IMPORT, { rows: [row('prov-late', { date: '2024-01-10' })] })).errors,
      ).toBeUndefined();
      const [problem] = await refused(
        () => run(LINK, { link: { from: FI_EXPELS, to: 'event:prov-late' } }),
        'CONFLICT',
        ['to'],
      );
      expect(problem.message).toBe(
        `"${FI_EXPELS}" (2023-05-02) ended before "event:prov-late" (2024-01-10) began: an answer cannot precede its act`,
      );
    });
  });

  describe('5. merges that make sense', () => {
    it.each([
      ['one ISO state into another', 'state:FI', 'state:EE', 'CONFLICT', ['duplicate']],
      ['an actor into itself', 'org:fixture-gazette', 'org:fixture-gazette', 'BAD_USER_INPUT', ['duplicate']],
      [
        'an organisation into a person',
        'person:fixture-attache',
        'org:fixture-wire',
        'CONFLICT',
        ['duplicate'],
      ],
      ['an organisation into a state', 'state:FI', 'org:fixture-mfa-fi', 'CONFLICT', ['duplicate']],
    ])('refuses merging %s', async (_what, keep, duplicate, code, paths) => {
      await refused(() => run(MERGE, { keep, duplicate }, 'admin'), code, paths);
    });

    it('keeps every reference state in the graph', async () => {
      const { records } = await driver.executeQuery('MATCH (s:State) RETURN count(s) AS states');
      expect(toPlain(records[0]?.get('states'))).toBe(250);
    });
  });

  describe('1. claims stored before they named their report (last: it adds a report)', () => {
    const unown = (where: string) =>
      driver.executeQuery(`MATCH (n) WHERE ${where} REMOVE n.reportId RETURN count(n) AS n`);

    it('go, at start, to the one report that covers their article, and stay unowned where two do', async () => {
      const solo = JSON.parse(
        JSON.stringify(first())
          .replaceAll('fixture-exchange', 'fixture-solo')
          .replaceAll('claim:fixture-', 'claim:solo-'),
      ) as Json;
      expect(await ingest(solo)).toBe('created');
      await unown(`n.reportId = 'report:fixture-solo' OR n.id = 'claim:fixture-1'`);

      await setUpGraph(app.executor, createLogger('silent'));

      expect(await claimsOf('report:fixture-solo')).toHaveLength(3);
      const { records } = await driver.executeQuery(
        `MATCH (n {id: $part}) RETURN n.reportId AS owner UNION ALL MATCH (c:Claim {id: 'claim:fixture-1'}) RETURN c.reportId AS owner`,
        { part: 'source:fixture-solo#comment-1' },
      );
      expect(records.map((record) => record.get('owner'))).toEqual(['report:fixture-solo', null]);
      expect(await ingest(solo)).toBe('unchanged');
      await driver.executeQuery(
        `MATCH (c:Claim {id: 'claim:fixture-1'}) SET c.reportId = 'report:fixture-exchange'`,
      );
    });
  });
});
