import type { Config } from './config';
import { createResolverContainer } from './composition-root';
import { createDriver } from './db/create-driver';
import { Executor } from './db/executor';
import { resolveNeo4j } from './db/resolve-neo4j';
import { GraphSchemaRepository } from './graph-schema/graph-schema.repository';
import { buildGraphQLSchema } from './graphql/build-schema';
import { startServer } from './http/create-server';
import type { Logger } from './logger';

export interface RunningApplication {
  graphqlUrl: string;
  url: string;
  executor: Executor;
  /** Drains requests, closes the driver, and stops a local Neo4j this process started. */
  stop(): Promise<void>;
}

/** config -> Neo4j -> graph schema -> GraphQL schema -> HTTP server. */
export async function startApplication(config: Config, logger: Logger): Promise<RunningApplication> {
  const neo4j = await resolveNeo4j(config, logger);
  const executor = new Executor(createDriver(neo4j.settings, logger), {
    database: config.neo4j.database,
    queryTimeoutMs: config.neo4j.queryTimeoutMs,
    logger,
  });
  try {
    await executor.verifyConnectivity(config.neo4j.readyTimeoutMs * 5);
    const statements = await new GraphSchemaRepository(executor).apply();
    logger.info({ statements }, 'graph schema applied');
    const schema = await buildGraphQLSchema(createResolverContainer(executor));
    const server = await startServer(
      {
        schema,
        executor,
        logger,
        development: config.env !== 'production',
        readyTimeoutMs: config.neo4j.readyTimeoutMs,
        drainTimeoutMs: config.http.shutdownTimeoutMs,
      },
      config.http.host,
      config.http.port,
    );
    return {
      url: server.url,
      graphqlUrl: config.http.publicUrl ?? server.graphqlUrl,
      executor,
      stop: async () => {
        await server.stop();
        await executor.close();
        await neo4j.stopStarted?.();
      },
    };
  } catch (error) {
    await executor.close();
    await neo4j.stopStarted?.();
    throw error;
  }
}
