import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import { Role } from '../auth/role';
import type { GraphQLContext } from '../graph/request-context';
import { nodeById } from '../read-translation/node-read';
import { plannedReads } from '../read-translation/planned-reads';
import { toNode } from './node.mapper';
import { Node } from './node.type';

@Resolver()
export class NodeResolver {
  @Authorized(Role.READER)
  @Query(() => Node, { nullable: true, description: 'Any event, actor, source, claim or report by its id' })
  async node(
    @Arg('id', () => ID) id: string,
    @Ctx() context: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Node | null> {
    const row = await nodeById(context, id, plannedReads(context, info));
    return row ? toNode(row) : null;
  }
}
