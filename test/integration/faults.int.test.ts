import neo4j, { type Driver } from 'neo4j-driver';
import type { RunningApplication } from '../../src/application';
import { BenchRepository } from '../../src/bench/bench.repository';
import { syntheticWorld } from '../../src/bench/synthetic-world';
import { loadConfig } from '../../src/config';
import { HistoryImportService } from '../../src/history/history-import.service';
import { HistoryRepository } from '../../src/history/history.repository';
import { LocalNeo4j } from '../../src/local-neo4j/local-neo4j';
import { startTestApplication } from '../support/test-application';
import { testDriver } from '../support/test-database';

type Rows = Record<string, unknown>[];
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function count(driver: Driver, cypher: string): Promise<number> {
  const { records } = await driver.executeQuery(cypher);
  return neo4j.integer.toNumber(records[0]?.get('n'));
}

const EVENTS = "MATCH (e:Event) WHERE e.id STARTS WITH 'event:syn-' RETURN count(e) AS n";
const DISTINCT_IDS = "MATCH (e:Event) WHERE e.id STARTS WITH 'event:syn-' RETURN count(DISTINCT e.id) AS n";
const LINKS =
  "MATCH (:Event)-[r:RETALIATED_AGAINST]->(:Event) WHERE r.id STARTS WITH 'rel:history-' RETURN count(r) AS n";

describe('two imports of overlapping data at once', () => {
  let app: RunningApplication;
  let driver: Driver;

  beforeAll(async () => {
    app = await startTestApplication({ SEED_ON_EMPTY: 'false' });
    driver = testDriver();
  });

  afterAll(async () => {
    await app.stop();
    await driver.close();
  });

  it('leave no duplicates, and a third import changes nothing', async () => {
    const rows = syntheticWorld(3000, 11).map((row) => ({ ...row, responds_to: '' }));
    const service = () => new HistoryImportService(new HistoryRepository(app.executor));
    const [first, second] = await Promise.all([
      service().import(rows.slice(0, 2000) as unknown as Rows),
      service().import(rows.slice(1000) as unknown as Rows),
    ]);
    expect(first.rejected + second.rejected).toBe(0);
    expect(await count(driver, EVENTS)).toBe(3000);
    expect(await count(driver, DISTINCT_IDS)).toBe(3000);
    const third = await service().import(rows as unknown as Rows);
    expect(third).toMatchObject({ created: 0, updated: 0, unchanged: 3000 });
  });
});

describe('Neo4j stopped in the middle of an import', () => {
  const local = new LocalNeo4j(
    loadConfig({
      ...process.env,
      NEO4J_URI: undefined,
      NEO4J_PASSWORD: undefined,
      LOCAL_NEO4J_INSTANCE: 'fault',
      LOCAL_NEO4J_BOLT_PORT: process.env['FAULT_NEO4J_BOLT_PORT'] ?? '7692',
      LOCAL_NEO4J_HTTP_PORT: process.env['FAULT_NEO4J_HTTP_PORT'] ?? '7477',
      LOCAL_NEO4J_HEAP: '512m',
      LOCAL_NEO4J_PAGECACHE: '128m',
    }).localNeo4j,
  );
  let app: RunningApplication;
  let driver: Driver;

  beforeAll(async () => {
    const { connection } = await local.start();
    app = await startTestApplication({
      NEO4J_URI: connection.uri,
      NEO4J_PASSWORD: connection.password,
      SEED_ON_EMPTY: 'false',
      READY_TIMEOUT_MS: '1000',
    });
    driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password));
    await new BenchRepository(app.executor).wipeEvents();
  }, 120_000);

  afterAll(async () => {
    await driver?.close();
    await app?.stop();
    await local.stop();
  }, 60_000);

  it('fails clearly or completes, /readyz says 503 meanwhile, and a rerun leaves exactly the rows and links', async () => {
    const rows = syntheticWorld(8_000, 5) as unknown as Rows;
    const expectedLinks = rows.reduce(
      (total, row) => total + String(row['responds_to']).split(';').filter(Boolean).length,
      0,
    );
    const service = new HistoryImportService(new HistoryRepository(app.executor));
    const importing = service.import(rows).then(
      (summary) => ({ summary, error: null }),
      (error: unknown) => ({ summary: null, error: error as Error }),
    );
    for (let waited = 0; waited < 60_000 && (await count(driver, EVENTS).catch(() => 0)) === 0; waited += 200)
      await delay(200);
    await local.stop();

    const away = await fetch(`${app.url}/readyz`);
    expect(away.status).toBe(503);

    await local.start();
    const outcome = await importing;
    if (outcome.error) expect(outcome.error.message).toMatch(/\S/);
    let ready = 0;
    for (let tries = 0; tries < 60 && ready !== 200; tries += 1) {
      ready = (await fetch(`${app.url}/readyz`)).status;
      if (ready !== 200) await delay(500);
    }
    expect(ready).toBe(200);

    const rerun = await service.import(rows);
    expect(rerun.rejected).toBe(0);
    expect(await count(driver, EVENTS)).toBe(8_000);
    expect(await count(driver, DISTINCT_IDS)).toBe(8_000);
    expect(await count(driver, LINKS)).toBe(expectedLinks);
  }, 240_000);
});
