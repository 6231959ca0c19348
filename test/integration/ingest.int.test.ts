import { readFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import type { Executor } from '../../src/db/executor';
import { setUpGraph } from '../../src/graph-schema/set-up-graph';
import { createLogger } from '../../src/logger';
import { fromProjectRoot } from '../../src/project-root';
import { IngestService, type IngestDocument } from '../../src/report/ingest.service';
import { ReportRepository } from '../../src/report/report.repository';
import { graphSnapshot } from '../support/graph-snapshot';
import { testDriver } from '../support/test-database';
import { testExecutor } from '../support/test-executor';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function fixture(): Json {
  return JSON.parse(
    readFileSync(fromProjectRoot('test/fixtures/reports/valid-exchange.json'), 'utf8'),
  ) as Json;
}

const doc = (content: unknown, name = 'fixture.json'): IngestDocument => ({ name, content });

describe('ingesting reports', () => {
  let executor: Executor;
  let driver: Driver;
  let service: IngestService;

  beforeAll(async () => {
    executor = testExecutor();
    driver = testDriver();
    await setUpGraph(executor, createLogger('silent'));
    service = new IngestService(new ReportRepository(executor));
  });

  afterAll(async () => {
    await executor.close();
    await driver.close();
  });

  it('writes a report, then changes nothing when the same report comes again', async () => {
    const first = await service.ingest([doc(fixture())]);
    expect(first.totals).toEqual({ created: 1, updated: 0, unchanged: 0, rejected: 0 });
    expect(first.writes.nodesCreated).toBe(13);
    const before = await graphSnapshot(driver);

    const second = await service.ingest([doc(fixture())]);
    expect(second.totals).toEqual({ created: 0, updated: 0, unchanged: 1, rejected: 0 });
    expect(await graphSnapshot(driver)).toEqual(before);
  });

  it('stores the fixture as a graph with provenance', async () => {
    const { records } = await driver.executeQuery(`
      MATCH (answer:Event {id: 'event:fixture-ee-expels-one'})-[r:RETALIATED_AGAINST]->(act:Event)
      MATCH (c:Claim {subjectId: r.id})-[:STATED_IN]->(s:Source)
      MATCH (answer)-[:INITIATED_BY]->(actor:State)
      MATCH (answer)-[:REPORTED_BY]->(comment:Source {kind: 'COMMENT'})-[:PART_OF]->(article:Source)
      RETURN act.id AS act, r.basis AS basis, c.quote AS quote, s.id AS source, actor.iso2 AS actor,
             answer.dateEarliest AS earliest, answer.dateLatest AS latest, answer.cameoCode AS cameo,
             comment.reliability AS commentReliability, article.id AS article`);
    expect(records).toHaveLength(1);
    const row = records[0]!.toObject();
    expect(row).toMatchObject({
      act: 'event:fixture-fi-expels-four',
      basis: 'STATED',
      quote: 'in response, Estonia expelled an attaché',
      source: 'source:fixture-exchange',
      actor: 'EE',
      cameo: '161',
      commentReliability: 'F',
      article: 'source:fixture-exchange',
    });
    expect(row['earliest'].toString()).toBe('2023-05-01');
    expect(row['latest'].toString()).toBe('2023-05-31');
  });

  it('updates a changed report and drops the claims it no longer makes', async () => {
    const changed = fixture();
    changed['claims'] = changed['claims'].slice(0, 2);
    changed['events'][0].title = 'Finland expels four Estonian diplomats (corrected)';
    const summary = await service.ingest([doc(changed)]);
    expect(summary.totals.updated).toBe(1);
    const { records } = await driver.executeQuery(`
      MATCH (e:Event {id: 'event:fixture-ee-expels-one'})
      RETURN e.title AS title, EXISTS { (:Claim {id: 'claim:fixture-3'}) } AS staleClaim,
             EXISTS { (e)-[:REPORTED_BY]->(:Source {kind: 'COMMENT'}) } AS commentLink`);
    expect(records[0]!.toObject()).toEqual({
      title: 'Estonia answers by expelling one Finnish diplomat',
      staleClaim: false,
      commentLink: false,
    });
  });

  it('rejects a bad document with every problem located, and writes nothing', async () => {
    const before = await graphSnapshot(driver);
    const bad = fixture();
    bad['id'] = 'report:fixture-bad';
    bad['source'].id = 'source:fixture-bad';
    bad['events'][0].date = '2023-13-01';
    bad['claims'][0].credibility = 9;
    bad['unexpected'] = true;
    const unknownRef = fixture();
    unknownRef['id'] = 'report:fixture-unknown-ref';
    unknownRef['source'].id = 'source:fixture-unknown-ref';
    unknownRef['events'][0].actors.push('org:not-anywhere', 'state:XX');

    const summary = await service.ingest([
      doc(bad, 'bad.json'),
      doc(unknownRef, 'unknown.json'),
      { name: 'broken.json', content: undefined, parseProblem: 'not valid JSON' },
    ]);
    expect(summary.totals).toEqual({ created: 0, updated: 0, unchanged: 0, rejected: 3 });
    const [badOutcome, unknownOutcome] = summary.documents;
    expect(badOutcome!.problems).toEqual(
      expect.arrayContaining([
        { path: 'unexpected', message: 'unknown field "unexpected"' },
        { path: 'events[0].date', message: expect.stringContaining('"2023-13-01" is not an EDTF date') },
        { path: 'claims[0].credibility', message: expect.stringContaining('6') },
      ]),
    );
    expect(unknownOutcome!.problems).toEqual([
      { path: 'events[0].actors[3]', message: '"state:XX" is not an ISO 3166-1 alpha-2 state code' },
      {
        path: 'events[0].actors[2]',
        message: '"org:not-anywhere" is neither declared in this report nor in the graph',
      },
    ]);
    expect(await graphSnapshot(driver)).toEqual(before);
  });

  it('accepts references to nodes already in the graph', async () => {
    const follow = fixture();
    follow['id'] = 'report:fixture-follow-up';
    follow['source'] = { ...follow['source'], id: 'source:fixture-follow-up', parts: [], cites: [] };
    follow['entities'] = [];
    follow['events'] = [];
    follow['relations'] = [];
    follow['claims'] = [
      {
        subject: 'event:fixture-fi-expels-four',
        property: 'occurred',
        quote: 'Helsinki confirmed the expulsions',
        credibility: 2,
      },
    ];
    const summary = await service.ingest([doc(follow)]);
    expect(summary.totals.created).toBe(1);
  });

  it('rolls the whole document back when a write fails half-way', async () => {
    const before = await graphSnapshot(driver);
    const clash = fixture();
    clash['id'] = 'report:fixture-clash';
    clash['source'] = { ...clash['source'], id: 'source:fixture-clash', parts: [], cites: [] };
    clash['entities'].push({
      id: 'org:fixture-new-ministry',
      type: 'ORGANIZATION',
      kind: 'MINISTRY',
      name: 'A new ministry',
    });
    clash['claims'] = [];
    // Same relation id as the stored one, between other events: the uniqueness constraint refuses it.
    clash['relations'] = [
      {
        id: 'rel:fixture-answer',
        type: 'RETALIATED_AGAINST',
        from: 'event:fixture-fi-expels-four',
        to: 'event:fixture-ee-expels-one',
        basis: 'ANALYST',
        confidence: 0.2,
      },
    ];
    await expect(service.ingest([doc(clash)])).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await graphSnapshot(driver)).toEqual(before);
  });
});
