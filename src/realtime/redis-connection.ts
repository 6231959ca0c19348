import { Redis, type Command, type RedisOptions } from 'ioredis';
import type { Logger } from '../logger';

const FIRST_RETRY_MS = 100;
const LONGEST_RETRY_MS = 5_000;

/** Backoff between reconnection attempts: 100 ms, doubling, at most 5 s; never gives up. */
export function reconnectDelayMs(attempt: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempt - 1), LONGEST_RETRY_MS);
}

/**
 * A Redis connection for change notifications. The event target sends its commands without
 * awaiting them: a command that fails (only when the connection is closed while Redis is away)
 * is logged here rather than left as an unhandled rejection.
 */
export class ChangeConnection extends Redis {
  private readonly onFailure: (command: string, error: Error) => void;

  constructor(url: string, role: string, logger: Logger) {
    const options: RedisOptions = {
      connectionName: `riposte-${role}`,
      retryStrategy: reconnectDelayMs,
      // Commands wait for the connection to come back instead of failing after some attempts.
      maxRetriesPerRequest: null,
    };
    super(url, options);
    this.onFailure = (command, error) => logger.debug({ role, command, err: error }, 'Redis command dropped');
  }

  override sendCommand(command: Command, stream?: Parameters<Redis['sendCommand']>[1]): unknown {
    command.promise.catch((error: Error) => this.onFailure(command.name, error));
    return super.sendCommand(command, stream);
  }
}

/** Logs a dropped connection once, each reconnection attempt at debug level, and the recovery. */
export function logConnectionState(
  connection: Redis,
  role: string,
  logger: Logger,
  closing: () => boolean,
): void {
  let lost = false;
  connection.on('ready', () => {
    if (lost) logger.info({ role }, 'Redis connection restored: change notifications are shared again');
    lost = false;
  });
  connection.on('error', (error: Error) => {
    logger[lost ? 'debug' : 'warn']({ role, err: error }, 'Redis connection error');
  });
  connection.on('close', () => {
    if (lost || closing()) return;
    lost = true;
    logger.warn({ role }, 'Redis connection lost: reconnecting with backoff');
  });
  connection.on('reconnecting', (delayMs: number) =>
    logger.debug({ role, delayMs }, 'reconnecting to Redis'),
  );
}
