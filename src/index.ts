import 'reflect-metadata';
import { startApplication } from './application';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const started = Date.now();
  const app = await startApplication(config, logger);
  logger.info({ ms: Date.now() - started }, `Riposte GraphQL ready at ${app.graphqlUrl}`);

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: draining requests');
    app.stop().then(
      () => logger.info('stopped'),
      (error: unknown) => {
        logger.error({ err: error }, 'error while stopping');
        process.exitCode = 1;
      },
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error('Riposte could not start:', error instanceof Error ? error.message : error);
  }
  process.exitCode = 1;
});
