import { createDriver } from '../../src/db/create-driver';
import { Neo4jExecutor, type Executor } from '../../src/db/executor';
import { createLogger } from '../../src/logger';

/** An executor on the tests' Neo4j, as the application builds one. */
export function testExecutor(): Executor {
  const logger = createLogger('silent');
  return new Neo4jExecutor(
    createDriver(
      {
        uri: process.env['NEO4J_URI'] ?? '',
        username: process.env['NEO4J_USERNAME'] ?? 'neo4j',
        password: process.env['NEO4J_PASSWORD'] ?? '',
      },
      logger,
    ),
    { database: undefined, queryTimeoutMs: 60_000, logger },
  );
}
