import { Args, Authorized, Query, Resolver } from 'type-graphql';
import { Role } from '../auth/role';
import { ChainArgs } from '../chains/chain.args';
import { SubgraphArgs } from './graph-output.args';
import type { GraphOutputService } from './graph-output.service';
import { Subgraph } from './subgraph.type';

@Resolver()
export class GraphOutputResolver {
  constructor(private readonly service: GraphOutputService) {}

  @Authorized(Role.READER)
  @Query(() => Subgraph, { description: 'The neighbourhood of some nodes as nodes and edges, for drawing' })
  subgraph(@Args() args: SubgraphArgs): Promise<Subgraph> {
    return this.service.subgraph(args);
  }

  @Authorized(Role.READER)
  @Query(() => Subgraph, {
    nullable: true,
    description: 'A chain as nodes and edges, edges captioned with lag and proportion',
  })
  chainGraph(@Args() args: ChainArgs): Promise<Subgraph | null> {
    return this.service.chainGraph(args);
  }
}
