import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { Actor } from '../model/actor.type';
import { Role } from '../auth/role';
import { Corroboration } from '../model/corroboration.type';
import { capped, claimsAbout, corroborationOf, neighbourNodes, neighbours } from '../model/node-fields';
import {
  CappedListArgs,
  ConnectionArgs,
  ConnectionType,
  asConnection,
  offsetAfter,
  toConnection,
} from '../graph/pagination';
import type { GraphQLContext } from '../graph/request-context';
import { Claim, Source } from '../model/provenance.type';
import { EventFilter, EventOrder } from './event-filter.input';
import { eventById } from '../model/event-by-id';
import { toEvent, toRetaliationLink } from '../model/event.mapper';
import { EventRepository } from './event.repository';
import { primeRows } from '../read-translation/prime-loaders';
import { plannedReads } from '../read-translation/planned-reads';
import { Event, RetaliationLink } from '../model/event.type';

export const EventConnection = ConnectionType(Event, 'Event');
export type EventConnection = InstanceType<typeof EventConnection>;

@Resolver(() => Event)
export class EventResolver {
  constructor(private readonly repository: EventRepository) {}

  @Authorized(Role.READER)
  @Query(() => EventConnection, {
    description: 'Events matching a filter, in the chosen order (default: earliest possible date first)',
  })
  async events(
    @Args() { first, after }: ConnectionArgs,
    @Ctx() context: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => EventFilter, { nullable: true }) filter?: EventFilter,
    @Arg('orderBy', () => EventOrder, { nullable: true }) orderBy?: EventOrder,
  ): Promise<EventConnection> {
    const offset = offsetAfter(after);
    const plan = plannedReads(context, info, ['edges', 'node']);
    const rows = await this.repository.page(filter, orderBy ?? new EventOrder(), offset, first + 1, plan);
    const events = primeRows(context.loaders, plan, rows).map(toEvent);
    return asConnection(
      EventConnection,
      toConnection(events, offset, first, () => this.repository.count(filter)),
    );
  }

  @Authorized(Role.READER)
  @Query(() => Event, { nullable: true })
  async event(
    @Arg('id', () => ID) id: string,
    @Ctx() context: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Event | null> {
    return eventById(context, id, plannedReads(context, info));
  }

  @FieldResolver(() => [Actor], { description: capped('Who did it') })
  actors(@Root() event: Event, @Ctx() context: GraphQLContext): Promise<Actor[]> {
    return neighbourNodes(context, 'OUT', 'INITIATED_BY', event.id);
  }

  @FieldResolver(() => [Actor], { description: capped('Against whom') })
  targets(@Root() event: Event, @Ctx() context: GraphQLContext): Promise<Actor[]> {
    return neighbourNodes(context, 'OUT', 'TARGETED', event.id);
  }

  @FieldResolver(() => [Actor], { description: capped('Expulsions: the people or groups expelled') })
  expelled(@Root() event: Event, @Ctx() context: GraphQLContext): Promise<Actor[]> {
    return neighbourNodes(context, 'OUT', 'EXPELLED', event.id);
  }

  @FieldResolver(() => [Actor], { description: capped('Others who took part') })
  participants(@Root() event: Event, @Ctx() context: GraphQLContext): Promise<Actor[]> {
    return neighbourNodes(context, 'IN', 'PARTICIPATED_IN', event.id);
  }

  @FieldResolver(() => [Claim], { description: capped('What each source says about it, in its words') })
  claims(
    @Root() event: Event,
    @Ctx() context: GraphQLContext,
    @Args() { first }: CappedListArgs,
  ): Promise<Claim[]> {
    return claimsAbout(context, event.id, first);
  }

  @FieldResolver(() => [Source], { description: capped('Sources and comments that report it') })
  sources(
    @Root() event: Event,
    @Ctx() context: GraphQLContext,
    @Args() { first }: CappedListArgs,
  ): Promise<Source[]> {
    return neighbourNodes(context, 'OUT', 'REPORTED_BY', event.id, first);
  }

  @FieldResolver(() => Corroboration)
  corroboration(@Root() event: Event, @Ctx() context: GraphQLContext): Promise<Corroboration> {
    return corroborationOf(context, event.id);
  }

  @FieldResolver(() => [RetaliationLink], { description: capped('The acts this event answered') })
  async answers(
    @Root() event: Event,
    @Ctx() context: GraphQLContext,
    @Args() { first }: CappedListArgs,
  ): Promise<RetaliationLink[]> {
    const found = await neighbours(context, 'OUT', 'RETALIATED_AGAINST', event.id, first);
    return found.map(({ node, rel }) => toRetaliationLink(rel, event.id, node['id'] as string));
  }

  @FieldResolver(() => [RetaliationLink], { description: capped('The measures that answered this event') })
  async answeredBy(
    @Root() event: Event,
    @Ctx() context: GraphQLContext,
    @Args() { first }: CappedListArgs,
  ): Promise<RetaliationLink[]> {
    const found = await neighbours(context, 'IN', 'RETALIATED_AGAINST', event.id, first);
    return found.map(({ node, rel }) => toRetaliationLink(rel, node['id'] as string, event.id));
  }

  @FieldResolver(() => [Event], {
    description: capped('Events this one resulted from (not retaliation: an investigation, say)'),
  })
  resultedFrom(@Root() event: Event, @Ctx() context: GraphQLContext): Promise<Event[]> {
    return neighbourNodes(context, 'OUT', 'RESULTED_FROM', event.id);
  }

  @FieldResolver(() => [Event], { description: capped('Events that resulted from this one') })
  consequences(
    @Root() event: Event,
    @Ctx() context: GraphQLContext,
    @Args() { first }: CappedListArgs,
  ): Promise<Event[]> {
    return neighbourNodes(context, 'IN', 'RESULTED_FROM', event.id, first);
  }
}
