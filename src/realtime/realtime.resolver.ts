import { eventById } from '../model/event-by-id';
import { Authorized, Ctx, FieldResolver, Resolver, Root, Subscription } from 'type-graphql';
import { Role } from '../auth/role';
import { Event } from '../model/event.type';
import type { GraphQLContext } from '../graph/request-context';
import { EventChange, RetaliationChange } from './change.types';
import { TOPICS } from './pubsub';

@Resolver(() => EventChange)
export class EventChangeResolver {
  @Authorized(Role.READER)
  @Subscription(() => EventChange, { topics: TOPICS.EVENT_CHANGED, description: 'Events created or changed' })
  eventChanged(@Root() change: EventChange): EventChange {
    return change;
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The event as it is now' })
  event(@Root() change: EventChange, @Ctx() context: GraphQLContext): Promise<Event | null> {
    return change.saved ? Promise.resolve(change.saved) : eventById(context, change.eventId);
  }
}

@Resolver(() => RetaliationChange)
export class RetaliationChangeResolver {
  @Authorized(Role.READER)
  @Subscription(() => RetaliationChange, {
    topics: TOPICS.RETALIATION_CHANGED,
    description: 'Retaliation links made, removed, proposed, confirmed or rejected',
  })
  retaliationChanged(@Root() change: RetaliationChange): RetaliationChange {
    return change;
  }

  @FieldResolver(() => Event, { nullable: true })
  from(@Root() change: RetaliationChange, @Ctx() context: GraphQLContext): Promise<Event | null> {
    return eventById(context, change.fromId);
  }

  @FieldResolver(() => Event, { nullable: true })
  to(@Root() change: RetaliationChange, @Ctx() context: GraphQLContext): Promise<Event | null> {
    return eventById(context, change.toId);
  }
}
