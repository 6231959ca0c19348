import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Organization } from '../model/actor.type';
import { Role } from '../auth/role';
import { Event } from '../model/event.type';
import { capped, neighbourNodes, neighbours } from '../model/node-fields';
import { Node } from '../model/node.type';
import { CappedListArgs } from '../graph/pagination';
import type { GraphQLContext } from '../graph/request-context';
import { toClaim, toSource } from '../model/provenance.mapper';
import { Claim, Source } from '../model/provenance.type';

@Resolver(() => Source)
export class SourceResolver {
  @Authorized(Role.READER)
  @Query(() => Source, { nullable: true })
  async source(@Arg('id', () => ID) id: string, @Ctx() context: GraphQLContext): Promise<Source | null> {
    const row = await context.loaders.nodes.load(id);
    return row && (row['labels'] as string[]).includes('Source') ? toSource(row) : null;
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'The outlet that published it, when known',
  })
  async outlet(@Root() source: Source, @Ctx() context: GraphQLContext): Promise<Organization | null> {
    const [outlet] = await neighbourNodes<Organization>(context, 'OUT', 'PUBLISHED_BY', source.id);
    return outlet ?? null;
  }

  @FieldResolver(() => Source, {
    nullable: true,
    description: 'For a part (a comment): the article it is under',
  })
  async partOf(@Root() source: Source, @Ctx() context: GraphQLContext): Promise<Source | null> {
    const [article] = await neighbourNodes<Source>(context, 'OUT', 'PART_OF', source.id);
    return article ?? null;
  }

  @FieldResolver(() => [Source], { description: capped('Its parts, such as reader comments') })
  parts(
    @Root() source: Source,
    @Ctx() context: GraphQLContext,
    @Args() { first }: CappedListArgs,
  ): Promise<Source[]> {
    return neighbourNodes(context, 'IN', 'PART_OF', source.id, first);
  }

  @FieldResolver(() => [Node], { description: capped('Outlets or sources it relays') })
  cites(@Root() source: Source, @Ctx() context: GraphQLContext): Promise<Node[]> {
    return neighbourNodes(context, 'OUT', 'CITES', source.id);
  }

  @FieldResolver(() => [Claim], { description: capped('Everything it states') })
  async claims(
    @Root() source: Source,
    @Ctx() context: GraphQLContext,
    @Args() { first }: CappedListArgs,
  ): Promise<Claim[]> {
    const found = await neighbours(context, 'IN', 'STATED_IN', source.id, first);
    return found.map(({ node }) => Object.assign(toClaim(node), { knownSource: source }));
  }

  @FieldResolver(() => [Event], { description: capped('Events it reports') })
  events(
    @Root() source: Source,
    @Ctx() context: GraphQLContext,
    @Args() { first }: CappedListArgs,
  ): Promise<Event[]> {
    return neighbourNodes(context, 'IN', 'REPORTED_BY', source.id, first);
  }
}
