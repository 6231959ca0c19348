import type { GraphQLContext } from '../graph/request-context';
import { toEvent } from './event.mapper';
import type { Event } from './event.type';

/** An event through the request's batched node loader; null when there is no event of that id. */
export async function eventById(context: GraphQLContext, id: string): Promise<Event | null> {
  const row = await context.loaders.nodes.load(id);
  return row && (row['labels'] as string[]).includes('Event') ? toEvent(row) : null;
}
