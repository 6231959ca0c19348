import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import type { Logger } from '../logger';
import { createChangePubSub, type ChangeEventTarget, type ChangePubSub } from './pubsub';
import { ChangeConnection, logConnectionState } from './redis-connection';

/** How change notifications reach subscribers: within this process, or through Redis to every instance. */
export interface ChangeChannel {
  pubSub: ChangePubSub;
  /** Why subscribers may miss changes now, or null when notifications flow. */
  problem(): string | null;
  close(): Promise<void>;
}

/** With a Redis URL, changes travel through Redis pub/sub; without, they stay in this process. */
export function openChangeChannel(redisUrl: string | undefined, logger: Logger): ChangeChannel {
  if (!redisUrl) {
    return { pubSub: createChangePubSub(), problem: () => null, close: async () => undefined };
  }
  let closing = false;
  // A connection that subscribes can do nothing else, so publishing takes a second one.
  const publisher = new ChangeConnection(redisUrl, 'publish', logger);
  const subscriber = new ChangeConnection(redisUrl, 'subscribe', logger);
  logConnectionState(publisher, 'publish', logger, () => closing);
  logConnectionState(subscriber, 'subscribe', logger, () => closing);
  const { host, port } = publisher.options;
  logger.info({ redis: `${host}:${port}` }, 'change notifications travel through Redis');
  const shared: ChangeEventTarget = createRedisEventTarget({
    publishClient: publisher,
    subscribeClient: subscriber,
  });
  const eventTarget: ChangeEventTarget = {
    addEventListener: (topic, listener) => shared.addEventListener(topic, listener),
    removeEventListener: (topic, listener) => shared.removeEventListener(topic, listener),
    dispatchEvent: (event) => {
      if (publisher.status === 'ready') return shared.dispatchEvent(event);
      // The write is done; only its announcement is lost, as subscribers on a dropped socket would miss it.
      logger.warn({ topic: event.type }, 'change not announced: Redis is unreachable');
      return false;
    },
  };
  return {
    pubSub: createChangePubSub(eventTarget),
    problem: () => {
      const down = [publisher, subscriber].find((connection) => connection.status !== 'ready');
      return down
        ? `Redis is unreachable (${down.status}): subscriptions miss changes until it is back`
        : null;
    },
    close: async () => {
      closing = true;
      await Promise.all(
        [publisher, subscriber].map(async (connection) => {
          if (connection.status === 'ready') await connection.quit();
          else connection.disconnect();
        }),
      );
    },
  };
}
