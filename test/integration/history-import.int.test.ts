import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { RunningApplication } from '../../src/application';
import { toPlain } from '../../src/db/to-plain';
import { syntheticWorld } from '../../src/bench/synthetic-world';
import { writeWorldFile } from '../../src/bench/world-file';
import { HistoryImportService } from '../../src/history/history-import.service';
import { HistoryRepository } from '../../src/history/history.repository';
import { prepareHistory } from '../../src/history/prepare-history';
import { historyFileTable } from '../../src/history/read-history-file';
import { startTestApplication } from '../support/test-application';
import { testDriver } from '../support/test-database';

type Rows = Record<string, unknown>[];
type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Every measure of the table with its properties, states, sources and stated answers, sorted. */
const GRAPH = `
MATCH (e:Event) WHERE e.id STARTS WITH $prefix
OPTIONAL MATCH (e)-[:INITIATED_BY]->(actor)
WITH e, collect(actor.id) AS actors
OPTIONAL MATCH (e)-[:TARGETED]->(target)
WITH e, actors, collect(target.id) AS targets
OPTIONAL MATCH (e)-[:REPORTED_BY]->(source:Source)
WITH e, actors, targets, collect(source {.id, .url, .kind, .reliability}) AS sources
OPTIONAL MATCH (e)-[link:RETALIATED_AGAINST]->(answered)
WITH e, actors, targets, sources, collect([link.id, link.basis, answered.id]) AS answers
RETURN e {.*} AS event, labels(e) AS labels, actors, targets, sources, answers
ORDER BY e.id`;

jest.setTimeout(180_000);

describe('the history import', () => {
  let app: RunningApplication;
  let driver: Driver;
  const service = () => new HistoryImportService(new HistoryRepository(app.executor));

  beforeAll(async () => {
    app = await startTestApplication({ SEED_ON_EMPTY: 'false' });
    driver = testDriver();
  });

  afterAll(async () => {
    await driver.close();
    await app.stop();
  });

  const graph = async (prefix: string): Promise<Json[]> => {
    const { records } = await driver.executeQuery(GRAPH, { prefix });
    return records.map((record) => toPlain(record.toObject()));
  };

  const sorted = (items: string[]) => [...items].sort();

  it('writes each measure with the properties prepareHistory gives it, its states, source and stated answers', async () => {
    const rows = syntheticWorld(600, 5) as unknown as Rows;
    // Two measures reported by one article: one source.
    rows[1] = { ...rows[1], source_url: rows[0]!['source_url'], notes: 'A note kept as the description' };
    const summary = await service().import(rows);
    expect(summary).toMatchObject({ rows: 600, created: 600, rejected: 0 });

    const { prepared } = prepareHistory(rows);
    const stored = await graph('event:syn-5-');
    expect(stored).toHaveLength(600);
    const byId = new Map(stored.map((entry) => [entry.event.id, entry]));
    for (const event of prepared!.events) {
      const entry = byId.get(event.id)!;
      expect(entry.event).toEqual(toPlain({ ...event.props, id: event.id }));
      expect(sorted(entry.labels)).toEqual(['Event', 'Node']);
      expect(entry.actors).toEqual(event.actors);
      expect(sorted(entry.targets)).toEqual(sorted(event.targets));
      expect(entry.sources).toEqual([
        { id: event.sourceId, url: event.sourceUrl, kind: 'ARTICLE', reliability: 'F' },
      ]);
    }
    const answers = stored.flatMap((entry) => entry.answers.filter((answer: Json[]) => answer[0] !== null));
    expect(answers).toHaveLength(prepared!.links.length);
    expect(sorted(answers.map((answer: string[]) => answer.join(' ')))).toEqual(
      sorted(prepared!.links.map((link) => `${link.id} STATED ${link.to}`)),
    );
    expect(byId.get(`event:${String(rows[1]!['id'])}`).sources[0].id).toBe(
      byId.get(`event:${String(rows[0]!['id'])}`).sources[0].id,
    );
  });

  it('changes nothing on a second import, and only the changed row on a third', async () => {
    const rows = syntheticWorld(600, 5) as unknown as Rows;
    rows[1] = { ...rows[1], source_url: rows[0]!['source_url'], notes: 'A note kept as the description' };
    const before = await graph('event:syn-5-');
    expect(await service().import(rows)).toMatchObject({ created: 0, updated: 0, unchanged: 600 });
    expect(await graph('event:syn-5-')).toEqual(before);

    rows[7] = { ...rows[7], count: '99' };
    expect(await service().import(rows)).toMatchObject({ created: 0, updated: 1, unchanged: 599 });
    const after = await graph('event:syn-5-');
    const changed = after.filter((entry, index) => JSON.stringify(entry) !== JSON.stringify(before[index]));
    expect(changed.map((entry) => [entry.event.id, entry.event.count])).toEqual([
      [`event:${String(rows[7]!['id'])}`, 99],
    ]);
  });

  it('leaves a source already in the graph as it is', async () => {
    const url = 'https://news.example/graded-before';
    await service().import([
      {
        id: 'graded-a',
        date: '2021-04-17',
        actor: 'CZ',
        target: 'RU',
        measure: 'expulsion',
        source_url: url,
      },
    ]);
    await driver.executeQuery(`MATCH (s:Source {url: $url}) SET s.reliability = 'B'`, { url });
    await service().import([
      {
        id: 'graded-b',
        date: '2021-04-18',
        actor: 'RU',
        target: 'CZ',
        measure: 'expulsion',
        source_url: url,
      },
    ]);
    const { records } = await driver.executeQuery(
      `MATCH (e:Event)-[:REPORTED_BY]->(s:Source {url: $url}) RETURN e.id AS event, s.reliability AS reliability ORDER BY event`,
      { url },
    );
    expect(records.map((record) => toPlain(record.toObject()))).toEqual([
      { event: 'event:graded-a', reliability: 'B' },
      { event: 'event:graded-b', reliability: 'B' },
    ]);
  });

  it('writes a link a row states twice once', async () => {
    const rows = [
      { id: 'twice-act', date: '2021-04-17', actor: 'CZ', target: 'RU', measure: 'expulsion' },
      {
        id: 'twice-answer',
        date: '2021-04-18',
        actor: 'RU',
        target: 'CZ',
        measure: 'expulsion',
        responds_to: 'twice-act;twice-act',
      },
    ];
    expect(await service().import(rows)).toMatchObject({ created: 2, rejected: 0 });
    const { records } = await driver.executeQuery(
      `MATCH (:Event {id: 'event:twice-answer'})-[link:RETALIATED_AGAINST]->(:Event {id: 'event:twice-act'}) RETURN link.basis AS basis`,
    );
    expect(records.map((record) => record.get('basis'))).toEqual(['STATED']);
  });

  it('writes nothing when one row is wrong, and says where', async () => {
    const rows = syntheticWorld(300, 6) as unknown as Rows;
    rows[250] = { ...rows[250], actor: 'Narnia' };
    const summary = await service().import(rows);
    expect(summary).toMatchObject({ created: 0, rejected: 300 });
    expect(summary.problems).toEqual([
      { path: 'row 251.actor', message: '"Narnia" is not an ISO 3166-1 code or English state name' },
    ]);
    expect(await graph('event:syn-6-')).toEqual([]);
  });

  it('writes nothing from a large file whose last row is wrong, read as a stream', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'riposte-history-')), 'history.csv');
    try {
      writeWorldFile(file, 25_000, 8);
      appendFileSync(file, 'syn-8-last,2023-01-01,Narnia,RU,expulsion,,,,\n');
      const summary = await service().import(historyFileTable(file));
      expect(summary).toMatchObject({ rows: 25_001, created: 0, rejected: 25_001 });
      expect(summary.problems).toEqual([
        { path: 'row 25001.actor', message: '"Narnia" is not an ISO 3166-1 code or English state name' },
      ]);
      expect(await graph('event:syn-8-')).toEqual([]);
    } finally {
      rmSync(path.dirname(file), { recursive: true, force: true });
    }
  });

  it('writes the same measures when a table beyond the kept budget is read again for the writes', async () => {
    const rows = syntheticWorld(600, 9) as unknown as Rows;
    const reread = new HistoryImportService(new HistoryRepository(app.executor), 100);
    expect(await reread.import(rows)).toMatchObject({ rows: 600, created: 600, rejected: 0 });
    const { prepared } = prepareHistory(rows);
    const stored = await graph('event:syn-9-');
    const byId = new Map(stored.map((entry) => [entry.event.id, entry.event]));
    for (const event of prepared!.events)
      expect(byId.get(event.id)).toEqual(toPlain({ ...event.props, id: event.id }));
    expect(await service().import(rows)).toMatchObject({ created: 0, updated: 0, unchanged: 600 });
  });

  it('writes a table of several batches, two at a time, as it writes one batch', async () => {
    // 5,000 rows: four batches of 1,250, the first alone, then two at a time; rows 1300 and 2600,
    // in two batches written at once, are reported by one article.
    const rows = syntheticWorld(5_000, 10) as unknown as Rows;
    rows[2600] = { ...rows[2600], source_url: rows[1300]!['source_url'] };
    const summary = await service().import(rows);
    expect(summary).toMatchObject({ rows: 5_000, created: 5_000, rejected: 0 });

    const { prepared } = prepareHistory(rows);
    const stored = await graph('event:syn-10-');
    expect(stored).toHaveLength(5_000);
    const byId = new Map(stored.map((entry) => [entry.event.id, entry]));
    for (const event of prepared!.events) {
      const entry = byId.get(event.id)!;
      expect(entry.event).toEqual(toPlain({ ...event.props, id: event.id }));
      expect(sorted(entry.targets)).toEqual(sorted(event.targets));
      expect(entry.sources.map((source: Json) => source.id)).toEqual([event.sourceId]);
    }
    const answers = stored.flatMap((entry) => entry.answers.filter((answer: Json[]) => answer[0] !== null));
    expect(summary.links).toBe(prepared!.links.length);
    expect(sorted(answers.map((answer: string[]) => answer.join(' ')))).toEqual(
      sorted(prepared!.links.map((link) => `${link.id} STATED ${link.to}`)),
    );
    const { records } = await driver.executeQuery(
      `MATCH (e:Event)-[:REPORTED_BY]->(s:Source) WHERE e.id STARTS WITH 'event:syn-10-'
       WITH count(DISTINCT s) AS sources
       MATCH (d:Dyad)
       WITH sources, count(d) AS dyads, count(DISTINCT d.key) AS keys
       MATCH (e:Event)-[r:IN_DYAD]->(:Dyad) WHERE e.id STARTS WITH 'event:syn-10-'
       RETURN sources, dyads, keys, count(r) AS inDyad`,
    );
    const counts = toPlain(records[0]!.toObject()) as Json;
    expect(counts.sources).toBe(4_999);
    expect(counts.dyads).toBe(counts.keys);
    const pairs = prepared!.events.reduce(
      (sum, event) => sum + event.actors.length * event.targets.length,
      0,
    );
    expect(counts.inDyad).toBe(pairs);

    expect(await service().import(rows)).toMatchObject({ created: 0, updated: 0, unchanged: 5_000 });
    expect(await graph('event:syn-10-')).toEqual(stored);
  });

  it('leaves no duplicates when two imports of overlapping rows run at once', async () => {
    const rows = syntheticWorld(1_000, 7).map((row) => ({ ...row, responds_to: '' })) as unknown as Rows;
    const [first, second] = await Promise.all([
      service().import(rows.slice(0, 700)),
      service().import(rows.slice(300)),
    ]);
    expect(first.rejected + second.rejected).toBe(0);
    const { records } = await driver.executeQuery(
      `MATCH (e:Event) WHERE e.id STARTS WITH 'event:syn-7-'
       OPTIONAL MATCH (e)-[r:REPORTED_BY]->(s:Source)
       RETURN count(DISTINCT e) AS events, count(DISTINCT s) AS sources, count(r) AS reported`,
    );
    expect(toPlain(records[0]!.toObject())).toEqual({ events: 1_000, sources: 1_000, reported: 1_000 });
  });
});
