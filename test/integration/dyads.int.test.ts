import { readFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import type { Executor } from '../../src/db/executor';
import { syntheticWorld } from '../../src/bench/synthetic-world';
import { EditRepository } from '../../src/editing/edit.repository';
import { DyadRepository } from '../../src/graph-schema/dyad.repository';
import { setUpGraph } from '../../src/graph-schema/set-up-graph';
import { HistoryImportService } from '../../src/history/history-import.service';
import { HistoryRepository } from '../../src/history/history.repository';
import { createLogger } from '../../src/logger';
import { IngestService } from '../../src/report/ingest.service';
import { loadSeedsIfEmpty } from '../../src/report/load-seeds';
import { ReportRepository } from '../../src/report/report.repository';
import { fromProjectRoot } from '../../src/project-root';
import { testDriver } from '../support/test-database';
import { testExecutor } from '../support/test-executor';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Every (event, actor state, target state) the {0,3} paths give, with the day and the actor rule. */
const PATH_PAIRS = `
MATCH (e:Event)
WITH e,
  COLLECT { MATCH (e)-[:INITIATED_BY]->()-[:BELONGS_TO|PART_OF|NATIONAL_OF|MEMBER_OF]->{0,3}(s:State) RETURN DISTINCT s.id } AS actors,
  COLLECT { MATCH (e)-[:INITIATED_BY]->()-[:BELONGS_TO|PART_OF]->{0,3}(s:State) RETURN DISTINCT s.id } AS ownActors,
  COLLECT { MATCH (e)-[:TARGETED|EXPELLED]->()-[:BELONGS_TO|PART_OF|NATIONAL_OF|MEMBER_OF]->{0,3}(s:State) RETURN DISTINCT s.id } AS targets
UNWIND actors AS actor
UNWIND targets AS target
RETURN e.id + ' ' + actor + '>' + target + ' ' + coalesce(toString(coalesce(e.dateEarliest, e.dateLatest)), '-')
  + CASE WHEN actor IN ownActors THEN '' ELSE ' by affiliation' END AS pair
ORDER BY pair`;

/** The same, as stored in the dyads. */
const STORED_PAIRS = `
MATCH (e)-[r:IN_DYAD]->(d:Dyad)
RETURN e.id + ' ' + d.actor + '>' + d.target + ' ' + coalesce(toString(r.day), '-')
  + CASE WHEN r.byAffiliation THEN ' by affiliation' ELSE '' END
  + CASE WHEN r.key = d.key AND d.key = d.actor + '>' + d.target THEN '' ELSE ' (key differs)' END AS pair
ORDER BY pair`;

const exchange = (): Json =>
  JSON.parse(readFileSync(fromProjectRoot('test', 'fixtures', 'reports', 'valid-exchange.json'), 'utf8'));

jest.setTimeout(180_000);

describe('dyads', () => {
  let executor: Executor;
  let driver: Driver;
  let ingest: IngestService;

  beforeAll(async () => {
    executor = testExecutor();
    driver = testDriver();
    await setUpGraph(executor, createLogger('silent'));
    ingest = new IngestService(new ReportRepository(executor));
  });

  afterAll(async () => {
    await executor.close();
    await driver.close();
  });

  const pairs = async (query: string): Promise<string[]> => {
    const { records } = await driver.executeQuery(query);
    return records.map((record) => record.get('pair') as string);
  };

  const expectDyadsAsPaths = async (): Promise<string[]> => {
    const expected = await pairs(PATH_PAIRS);
    expect(await pairs(STORED_PAIRS)).toEqual(expected);
    return expected;
  };

  const ingestReport = async (content: Json) => {
    const summary = await ingest.ingest([{ name: 'report.json', content }]);
    expect(summary.totals.rejected).toBe(0);
  };

  it('are those of the paths after the seeds and a report are ingested', async () => {
    await loadSeedsIfEmpty(executor, createLogger('silent'));
    await ingestReport(exchange());
    const found = await expectDyadsAsPaths();
    expect(found).toContain('event:fixture-fi-expels-four state:FI>state:EE 2023-05-02');
    expect(found.some((pair) => pair.includes('by affiliation'))).toBe(true);
  });

  it('follow a report ingested again without a target, at another date', async () => {
    const report = exchange();
    report.events[0].targets = [];
    report.events[0].expelled = [];
    report.events[1].date = '2023-06-03';
    await ingestReport(report);
    const found = await expectDyadsAsPaths();
    expect(found).toContain('event:fixture-ee-expels-one state:EE>state:FI 2023-06-03');
  });

  it('follow a nationality given to a person an event targets', async () => {
    const report = exchange();
    report.id = 'report:fixture-nationality';
    report.source = { ...report.source, id: 'source:fixture-nationality', parts: [], cites: [] };
    report.source.url = 'https://news.example/nationality';
    report.events = [];
    report.claims = [];
    report.entities = report.entities.filter((entity: Json) => entity.id === 'org:fixture-gazette');
    report.relations = [{ type: 'NATIONAL_OF', from: 'person:fixture-attache', to: 'state:LV' }];
    await ingestReport(report);
    const found = await expectDyadsAsPaths();
    expect(found).toContain('event:fixture-ee-expels-one state:EE>state:LV 2023-06-03');
  });

  it('follow a merge of two actors', async () => {
    const report = exchange();
    report.id = 'report:fixture-duplicate';
    report.source = { ...report.source, id: 'source:fixture-duplicate', parts: [], cites: [] };
    report.source.url = 'https://news.example/duplicate';
    report.claims = [];
    report.entities = [
      report.entities[0],
      { id: 'org:fixture-mfa-lt', type: 'ORGANIZATION', kind: 'MINISTRY', name: 'Fixture Ministry' },
      {
        id: 'org:fixture-mfa-lt-copy',
        type: 'ORGANIZATION',
        kind: 'MINISTRY',
        name: 'Fixture Ministry (copy)',
      },
    ];
    report.events = [
      {
        id: 'event:fixture-lt-summons',
        type: 'SUMMONS',
        title: 'A summons',
        date: '2023-07-01',
        secret: false,
        actors: ['org:fixture-mfa-lt-copy'],
        targets: ['state:FI'],
      },
    ];
    report.relations = [{ type: 'BELONGS_TO', from: 'org:fixture-mfa-lt', to: 'state:LT' }];
    await ingestReport(report);
    expect(await expectDyadsAsPaths()).not.toContain('event:fixture-lt-summons state:LT>state:FI 2023-07-01');

    await new EditRepository(executor).mergeActors({
      keepId: 'org:fixture-mfa-lt',
      duplicateId: 'org:fixture-mfa-lt-copy',
      auditId: 'audit:fixture-merge',
      snapshot: '{}',
      reason: 'same ministry',
      by: 'test',
    });
    expect(await expectDyadsAsPaths()).toContain('event:fixture-lt-summons state:LT>state:FI 2023-07-01');
  });

  it('follow the history import, and are derived again for a graph that has none', async () => {
    const rows = syntheticWorld(400, 9) as unknown as Record<string, unknown>[];
    const summary = await new HistoryImportService(new HistoryRepository(executor)).import(rows);
    expect(summary).toMatchObject({ created: 400, rejected: 0 });
    const expected = await expectDyadsAsPaths();
    expect(expected.length).toBeGreaterThan(400);

    await driver.executeQuery('MATCH (d:Dyad) DETACH DELETE d');
    expect(await pairs(STORED_PAIRS)).toEqual([]);
    await expect(new DyadRepository(executor).deriveWhereMissing()).resolves.toBeGreaterThan(400);
    expect(await expectDyadsAsPaths()).toEqual(expected);
    await expect(new DyadRepository(executor).deriveWhereMissing()).resolves.toBe(0);
  });
});
