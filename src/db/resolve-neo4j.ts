import type { Config } from '../config';
import { LocalNeo4j } from '../local-neo4j/local-neo4j';
import type { Logger } from '../logger';
import type { DriverSettings } from './create-driver';

export interface ResolvedNeo4j {
  settings: DriverSettings;
  /** Set when this process started the local Neo4j and so must stop it. */
  stopStarted: (() => Promise<void>) | undefined;
}

/** NEO4J_URI when given; otherwise the project's local Neo4j, installed and started as needed. */
export async function resolveNeo4j(config: Config, logger: Logger): Promise<ResolvedNeo4j> {
  const { uri, username, password } = config.neo4j;
  if (uri) {
    logger.info({ uri }, 'using the Neo4j server named by NEO4J_URI');
    return { settings: { uri, username, password: password ?? '' }, stopStarted: undefined };
  }
  const local = new LocalNeo4j(config.localNeo4j, (message) => logger.info(message));
  const { connection, startedNow } = await local.start();
  return {
    settings: connection,
    stopStarted: startedNow
      ? async () => {
          logger.info('stopping the local Neo4j started by this process');
          await local.stop();
        }
      : undefined,
  };
}
