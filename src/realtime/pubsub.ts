import { createPubSub, type PubSubEventTarget } from '@graphql-yoga/subscription';
import type { EventChange, RetaliationChange } from './change.types';

/** Topic names, which are also the Redis channel names when changes travel through Redis. */
export const TOPICS = {
  EVENT_CHANGED: 'riposte:event-changed',
  RETALIATION_CHANGED: 'riposte:retaliation-changed',
} as const;

export type ChangeTopics = {
  [TOPICS.EVENT_CHANGED]: [EventChange];
  [TOPICS.RETALIATION_CHANGED]: [RetaliationChange];
};

export type ChangeEventTarget = PubSubEventTarget<ChangeTopics>;

/** Publish/subscribe over `eventTarget` (Redis, shared by every instance), else within this process. */
export function createChangePubSub(eventTarget?: ChangeEventTarget) {
  return createPubSub<ChangeTopics>(eventTarget ? { eventTarget } : undefined);
}

export type ChangePubSub = ReturnType<typeof createChangePubSub>;
