import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../auth/role';
import { edtfValue } from '../domain/edtf-date.type';
import { Event } from '../model/event.type';
import { Corroboration } from '../model/corroboration.type';
import { capped, claimsAbout, corroborationOf, neighbourNodes, neighbours } from '../model/node-fields';
import type { Direction } from '../graph/graph-read.repository';
import { CappedListArgs, LIST_CAP } from '../graph/pagination';
import { toNode } from '../model/node.mapper';
import type { GraphQLContext } from '../graph/request-context';
import { Claim } from '../model/provenance.type';
import { RelationType } from '../domain/vocabulary';
import { toActor } from '../model/actor.mapper';
import { Actor, ActorRelation } from '../model/actor.type';
import { nodeById } from '../read-translation/node-read';
import { STRUCTURAL } from '../read-translation/read-fields';
import { plannedReads } from '../read-translation/planned-reads';

@Resolver(() => Actor)
export class ActorResolver {
  @Authorized(Role.READER)
  @Query(() => Actor, { nullable: true, description: 'A state (state:FR), organisation, person or group' })
  async actor(
    @Arg('id', () => ID) id: string,
    @Ctx() context: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Actor | null> {
    const row = await nodeById(context, id, plannedReads(context, info));
    return row && (row['labels'] as string[]).includes('Actor') ? toActor(row) : null;
  }

  @FieldResolver(() => [Event], { description: capped('Events this actor initiated') })
  initiated(
    @Root() actor: Actor,
    @Ctx() context: GraphQLContext,
    @Args() { first }: CappedListArgs,
  ): Promise<Event[]> {
    return neighbourNodes(context, 'IN', 'INITIATED_BY', actor.id, first);
  }

  @FieldResolver(() => [Event], { description: capped('Events that targeted this actor') })
  targetedBy(
    @Root() actor: Actor,
    @Ctx() context: GraphQLContext,
    @Args() { first }: CappedListArgs,
  ): Promise<Event[]> {
    return neighbourNodes(context, 'IN', 'TARGETED', actor.id, first);
  }

  @FieldResolver(() => [Event], { description: capped('Expulsions of this person or group') })
  expelledIn(
    @Root() actor: Actor,
    @Ctx() context: GraphQLContext,
    @Args() { first }: CappedListArgs,
  ): Promise<Event[]> {
    return neighbourNodes(context, 'IN', 'EXPELLED', actor.id, first);
  }

  @FieldResolver(() => [Event], { description: capped('Events this actor took part in otherwise') })
  participatedIn(
    @Root() actor: Actor,
    @Ctx() context: GraphQLContext,
    @Args() { first }: CappedListArgs,
  ): Promise<Event[]> {
    return neighbourNodes(context, 'OUT', 'PARTICIPATED_IN', actor.id, first);
  }

  @FieldResolver(() => [ActorRelation], {
    description: capped('Memberships, roles, parents, missions, nationality...'),
  })
  async relations(
    @Root() actor: Actor,
    @Ctx() context: GraphQLContext,
    @Arg('types', () => [RelationType], { nullable: true }) types?: RelationType[],
  ): Promise<ActorRelation[]> {
    const wanted = STRUCTURAL.filter((type) => !types || types.includes(type));
    const lists = await Promise.all(
      wanted.flatMap((type) =>
        (['OUT', 'IN'] as Direction[]).map(async (direction) =>
          (await neighbours(context, direction, type, actor.id)).map(({ node, rel }) => ({
            type,
            direction,
            node,
            rel,
          })),
        ),
      ),
    );
    const found = lists.flat().slice(0, LIST_CAP);
    return found.flatMap(({ type, direction, node, rel }) => {
      const other = toNode(node);
      if (!other) return [];
      return [
        {
          id: (rel['id'] as string | undefined) ?? null,
          type,
          direction,
          role: (rel['role'] as string | undefined) ?? null,
          since: edtfValue(rel, 'since'),
          until: edtfValue(rel, 'until'),
          note: (rel['note'] as string | undefined) ?? null,
          other,
        },
      ];
    });
  }

  @FieldResolver(() => [Claim], { description: capped('What sources say about this actor') })
  claims(
    @Root() actor: Actor,
    @Ctx() context: GraphQLContext,
    @Args() { first }: CappedListArgs,
  ): Promise<Claim[]> {
    return claimsAbout(context, actor.id, first);
  }

  @FieldResolver(() => Corroboration)
  corroboration(@Root() actor: Actor, @Ctx() context: GraphQLContext): Promise<Corroboration> {
    return corroborationOf(context, actor.id);
  }
}
