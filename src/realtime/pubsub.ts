import { createPubSub } from '@graphql-yoga/subscription';
import type { EventChange, RetaliationChange } from './change.types';

export const TOPICS = { EVENT_CHANGED: 'EVENT_CHANGED', RETALIATION_CHANGED: 'RETALIATION_CHANGED' } as const;

/** In-process publish/subscribe: one server instance sees its own writes (see README on scaling out). */
export function createChangePubSub() {
  return createPubSub<{ EVENT_CHANGED: [EventChange]; RETALIATION_CHANGED: [RetaliationChange] }>();
}

export type ChangePubSub = ReturnType<typeof createChangePubSub>;
