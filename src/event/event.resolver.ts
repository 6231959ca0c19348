import { Arg, Args, ID, Query, Resolver } from 'type-graphql';
import { EventListArgs } from './event.args';
import type { EventRepository } from './event.repository';
import { Event, EventList } from './event.type';

@Resolver(() => Event)
export class EventResolver {
  constructor(private readonly repository: EventRepository) {}

  @Query(() => EventList, { description: 'Events in time order (earliest possible date first)' })
  async events(@Args() { type, offset, limit }: EventListArgs): Promise<EventList> {
    const [items, total] = await Promise.all([
      this.repository.list({ type: type ?? null, ids: null, offset, limit }),
      this.repository.count(type ?? null),
    ]);
    return { items, total };
  }

  @Query(() => Event, { nullable: true })
  async event(@Arg('id', () => ID) id: string): Promise<Event | null> {
    const [event] = await this.repository.list({ type: null, ids: [id], offset: 0, limit: 1 });
    return event ?? null;
  }
}
