import { Authenticator } from './auth/authenticator';
import type { Config } from './config';
import { compose, resolverClasses } from './composition-root';
import type { Executor } from './db/executor';
import { openDatabase } from './db/open-database';
import { setUpGraph } from './graph-schema/set-up-graph';
import { buildGraphQLSchema } from './graphql/build-schema';
import { startServer } from './http/create-server';
import type { Logger } from './logger';
import { openChangeChannel } from './realtime/change-channel';
import { loadSeedsIfEmpty } from './report/load-seeds';
import { loadShippedHistory } from './history/load-shipped-history';
import { loadConflictingCounts } from './history/load-conflicting-counts';

export interface RunningApplication {
  graphqlUrl: string;
  url: string;
  executor: Executor;
  /** Drains requests, closes the driver, and stops a local Neo4j this process started. */
  stop(): Promise<void>;
}

/** config -> Neo4j (and Redis, when set) -> graph schema and reference data -> seeds and history if empty -> GraphQL schema -> HTTP server. */
export async function startApplication(config: Config, logger: Logger): Promise<RunningApplication> {
  const database = await openDatabase(config, logger);
  const { executor } = database;
  const changes = openChangeChannel(config.redisUrl, logger);
  try {
    await setUpGraph(executor, logger);
    if (config.seedOnEmpty && (await loadSeedsIfEmpty(executor, logger)) && config.historyOnEmpty)
      await loadShippedHistory(executor, logger);
    if (config.historyOnEmpty) await loadConflictingCounts(executor, logger);
    const { container, graphOutput } = compose(executor, changes.pubSub, config.inference);
    const schema = await buildGraphQLSchema(resolverClasses, changes.pubSub, container);
    const server = await startServer(
      {
        schema,
        executor,
        logger,
        development: config.env !== 'production',
        readyTimeoutMs: config.neo4j.readyTimeoutMs,
        drainTimeoutMs: config.http.shutdownTimeoutMs,
        authenticator: new Authenticator(config.auth),
        maxBodyBytes: config.maxBodyBytes,
        webSocket: config.webSocket,
        graphOutput,
        notificationProblem: changes.problem,
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
        await changes.close();
        await database.close();
      },
    };
  } catch (error) {
    await changes.close();
    await database.close();
    throw error;
  }
}
