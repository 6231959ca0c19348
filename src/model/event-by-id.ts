import type { GraphQLContext } from '../graph/request-context';
import { nodeById } from '../read-translation/node-read';
import { EMPTY_PLAN, type ReadPlan } from '../read-translation/read-plan';
import { toEvent } from './event.mapper';
import type { Event } from './event.type';

/**
 * An event by id, null when there is no event of that id: through the request's batched node
 * loader, or, with reads below it, in one translated statement.
 */
export async function eventById(
  context: GraphQLContext,
  id: string,
  plan: ReadPlan = EMPTY_PLAN,
): Promise<Event | null> {
  const row = await nodeById(context, id, plan);
  return row && (row['labels'] as string[]).includes('Event') ? toEvent(row) : null;
}
