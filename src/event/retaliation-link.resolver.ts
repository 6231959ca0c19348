import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Corroboration } from '../model/corroboration.type';
import { capped, claimsAbout, corroborationOf } from '../model/node-fields';
import { CappedListArgs } from '../graph/pagination';
import type { GraphQLContext } from '../graph/request-context';
import { Claim } from '../model/provenance.type';
import { eventById } from '../model/event-by-id';
import { Event, RetaliationLink } from '../model/event.type';

async function loadEvent(context: GraphQLContext, id: string): Promise<Event> {
  const event = await eventById(context, id);
  if (!event) throw new Error(`event ${id} of a retaliation link is missing`);
  return event;
}

@Resolver(() => RetaliationLink)
export class RetaliationLinkResolver {
  @FieldResolver(() => Event, { description: 'The measure that answered' })
  from(@Root() link: RetaliationLink, @Ctx() context: GraphQLContext): Promise<Event> {
    return loadEvent(context, link.fromId);
  }

  @FieldResolver(() => Event, { description: 'The act it answered' })
  to(@Root() link: RetaliationLink, @Ctx() context: GraphQLContext): Promise<Event> {
    return loadEvent(context, link.toId);
  }

  @FieldResolver(() => [Claim], { description: capped('What sources say about the link itself') })
  claims(
    @Root() link: RetaliationLink,
    @Ctx() context: GraphQLContext,
    @Args() { first }: CappedListArgs,
  ): Promise<Claim[]> {
    return claimsAbout(context, link.id, first);
  }

  @FieldResolver(() => Corroboration)
  corroboration(@Root() link: RetaliationLink, @Ctx() context: GraphQLContext): Promise<Corroboration> {
    return corroborationOf(context, link.id);
  }
}
