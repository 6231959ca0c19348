import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadConfig, type Config } from '../../src/config';
import { ConflictError, InvalidInputError } from '../../src/domain/errors';
import { setUpGraph } from '../../src/graph-schema/set-up-graph';
import { HistoryImportService } from '../../src/history/history-import.service';
import { HistoryRepository } from '../../src/history/history.repository';
import { InitialLoadService } from '../../src/history/initial-load.service';
import { readHistoryFile } from '../../src/history/read-history-file';
import { LocalNeo4j } from '../../src/local-neo4j/local-neo4j';
import { createLogger } from '../../src/logger';
import { fromProjectRoot } from '../../src/project-root';
import { graphSnapshot } from '../support/graph-snapshot';
import { testDriver } from '../support/test-database';
import { testExecutor } from '../support/test-executor';

// Starting, stopping and importing into a Neo4j of its own takes minutes on a busy machine.
jest.setTimeout(900_000);

/** The shipped history, and rows with what CSV must carry intact: quotes, commas, line breaks, a shared source. */
function table(): Record<string, unknown>[] {
  return [
    ...readHistoryFile(fromProjectRoot('seeds', 'history', 'measures.csv')),
    {
      id: 'initial-load-quoted',
      date: '2019-05~',
      actor: 'France',
      target: 'RU;Russia;DE',
      measure: 'expulsion',
      count: '',
      responds_to: '',
      source_url: 'https://news.example/initial-load?a=1,2',
      notes: 'He said "leave", then\nleft; with a comma, and a tab\there',
    },
    {
      id: 'initial-load-answer',
      date: '2019-06',
      actor: 'RU',
      target: 'FR',
      measure: 'summons',
      count: '3',
      responds_to: 'initial-load-quoted',
      source_url: 'https://news.example/initial-load?a=1,2',
      notes: '',
    },
  ];
}

/** A local Neo4j of this file's own: the shared test instance cannot be stopped under other files. */
function ownInstanceConfig(overrides: NodeJS.ProcessEnv = {}): Config {
  return loadConfig({
    ...process.env,
    NEO4J_URI: undefined,
    NEO4J_USERNAME: undefined,
    NEO4J_PASSWORD: undefined,
    LOCAL_NEO4J_INSTANCE: 'test-initial-load',
    LOCAL_NEO4J_BOLT_PORT: process.env['TEST_INITIAL_LOAD_NEO4J_BOLT_PORT'] ?? '7693',
    LOCAL_NEO4J_HTTP_PORT: process.env['TEST_INITIAL_LOAD_NEO4J_HTTP_PORT'] ?? '7480',
    LOCAL_NEO4J_HEAP: '512m',
    LOCAL_NEO4J_PAGECACHE: '128m',
    ...overrides,
  });
}

describe('the initial load (npm run import -- --initial)', () => {
  const config = ownInstanceConfig();
  const local = new LocalNeo4j(config.localNeo4j);
  const logger = createLogger('silent');
  let folder: string;
  let ownDriver: Driver | undefined;

  beforeAll(async () => {
    await local.stop();
    rmSync(local.paths.home, { recursive: true, force: true });
    folder = mkdtempSync(path.join(os.tmpdir(), 'riposte-initial-load-test-'));
  });

  afterAll(async () => {
    await ownDriver?.close();
    await local.stop();
    rmSync(local.paths.home, { recursive: true, force: true });
    rmSync(folder, { recursive: true, force: true });
  });

  const ownGraph = async () => {
    const { uri, username, password } = local.connection();
    ownDriver ??= neo4j.driver(uri, neo4j.auth.basic(username, password));
    return graphSnapshot(ownDriver);
  };

  it('builds the same graph from a table as the online import', async () => {
    const rows = table();
    const executor = testExecutor();
    const driver = testDriver();
    try {
      await setUpGraph(executor, logger);
      const online = await new HistoryImportService(new HistoryRepository(executor)).import(rows);
      expect(online.rejected).toBe(0);

      const { summary } = await new InitialLoadService(config, logger).load(rows, folder);
      expect(summary).toMatchObject({ rows: rows.length, created: online.created, links: online.links });

      const [expected, loaded] = [await graphSnapshot(driver), await ownGraph()];
      expect(loaded.nodes).toBe(expected.nodes);
      expect(loaded.relationships).toBe(expected.relationships);
      expect(loaded.fingerprint).toEqual(expected.fingerprint);
    } finally {
      await executor.close();
      await driver.close();
    }
  });

  it('leaves the same constraints and indexes as the online set-up, every index online', async () => {
    const schema = async (driver: Driver) => {
      const indexes = await driver.executeQuery(
        `SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, indexProvider, options, owningConstraint, state
         RETURN name, type, entityType, labelsOrTypes, properties, indexProvider, options, owningConstraint, state ORDER BY name`,
      );
      const constraints = await driver.executeQuery(
        `SHOW CONSTRAINTS YIELD name, type, entityType, labelsOrTypes, properties, ownedIndex
         RETURN name, type, entityType, labelsOrTypes, properties, ownedIndex ORDER BY name`,
      );
      return {
        indexes: indexes.records.map((record) => record.toObject()),
        constraints: constraints.records.map((record) => record.toObject()),
      };
    };
    const driver = testDriver();
    try {
      const [online, loaded] = [await schema(driver), await schema(ownDriver!)];
      expect(loaded.constraints.map((constraint) => constraint['name'])).toContain('node_id');
      expect(loaded.indexes.filter((index) => index['state'] !== 'ONLINE')).toEqual([]);
      expect(loaded).toEqual(online);
    } finally {
      await driver.close();
    }
  });

  it('refuses a database that holds more than the reference states, and changes nothing', async () => {
    const before = await ownGraph();
    await expect(new InitialLoadService(config, logger).load(table(), folder)).rejects.toThrow(ConflictError);
    await expect(new InitialLoadService(config, logger).load(table(), folder)).rejects.toThrow(
      /already holds [\d,]+ nodes besides the reference states/,
    );
    expect(await ownGraph()).toEqual(before);
  });

  it('refuses an external NEO4J_URI', () => {
    const external = ownInstanceConfig({
      NEO4J_URI: 'bolt://neo4j.example:7687',
      NEO4J_PASSWORD: 'secret-of-that-server',
    });
    expect(() => new InitialLoadService(external, logger)).toThrow(InvalidInputError);
    expect(() => new InitialLoadService(external, logger)).toThrow(/NEO4J_URI: an initial load writes/);
  });
});
