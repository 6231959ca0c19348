import type { Driver } from 'neo4j-driver';
import type { Executor } from '../../src/db/executor';
import { GraphSchemaRepository, schemaStatements } from '../../src/graph-schema/graph-schema.repository';
import { testDriver } from '../support/test-database';
import { testExecutor } from '../support/test-executor';

describe('the graph schema files', () => {
  let executor: Executor;
  let driver: Driver;

  beforeAll(() => {
    executor = testExecutor();
    driver = testDriver();
  });

  afterAll(async () => {
    await executor.close();
    await driver.close();
  });

  it('apply twice without error and leave the same constraints and indexes', async () => {
    const repository = new GraphSchemaRepository(executor);
    const names = async () => {
      const { records } = await driver.executeQuery('SHOW INDEXES YIELD name RETURN name ORDER BY name');
      return records.map((record) => record.get('name') as string);
    };
    await repository.apply();
    const first = await names();
    await repository.apply();
    expect(await names()).toEqual(first);
    expect(first).toContain('node_id');
  });

  it('are all idempotent statements', () => {
    for (const statement of schemaStatements()) {
      expect(statement.text).toMatch(/IF NOT EXISTS/);
    }
  });
});
