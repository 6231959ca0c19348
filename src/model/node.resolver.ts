import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Role } from '../auth/role';
import type { GraphQLContext } from '../graph/request-context';
import { toNode } from './node.mapper';
import { Node } from './node.type';

@Resolver()
export class NodeResolver {
  @Authorized(Role.READER)
  @Query(() => Node, { nullable: true, description: 'Any event, actor, source, claim or report by its id' })
  async node(@Arg('id', () => ID) id: string, @Ctx() context: GraphQLContext): Promise<Node | null> {
    const row = await context.loaders.nodes.load(id);
    return row ? toNode(row) : null;
  }
}
