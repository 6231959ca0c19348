import type { Config } from '../config';
import type { Logger } from '../logger';
import { createDriver } from './create-driver';
import { Neo4jExecutor, type Executor } from './executor';
import { resolveNeo4j } from './resolve-neo4j';

export interface OpenDatabase {
  executor: Executor;
  /** Closes the driver and stops a local Neo4j this process started. */
  close(): Promise<void>;
}

/** NEO4J_URI or the local Neo4j, connected and answering. */
export async function openDatabase(config: Config, logger: Logger): Promise<OpenDatabase> {
  const neo4j = await resolveNeo4j(config, logger);
  const executor = new Neo4jExecutor(createDriver(neo4j.settings, logger), {
    database: config.neo4j.database,
    queryTimeoutMs: config.neo4j.queryTimeoutMs,
    logger,
  });
  const close = async () => {
    await executor.close();
    await neo4j.stopStarted?.();
  };
  try {
    await executor.verifyConnectivity(config.neo4j.readyTimeoutMs * 5);
  } catch (error) {
    await close();
    throw error;
  }
  return { executor, close };
}
