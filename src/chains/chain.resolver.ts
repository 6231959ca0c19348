import { IsBoolean, IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import type { GraphQLResolveInfo } from 'graphql';
import { Args, ArgsType, Authorized, Ctx, Field, ID, Info, Int, Query, Resolver } from 'type-graphql';
import { Role } from '../auth/role';
import { IsCalendarDate, IsGraphId } from '../domain/validators';
import type { GraphQLContext } from '../graph/request-context';
import { primeChainEvents } from '../read-translation/prime-loaders';
import { plannedReads } from '../read-translation/planned-reads';
import { ChainArgs, ChainCapArgs } from './chain.args';
import type { ChainService } from './chain.service';
import { Chain, ChainOrder } from './chain.type';

@ArgsType()
class DyadArgs extends ChainCapArgs {
  @Field(() => ID, { description: 'A state, such as state:FR' })
  @IsGraphId()
  a!: string;

  @Field(() => ID)
  @IsGraphId()
  b!: string;

  @Field({ nullable: true, description: 'First day, YYYY-MM-DD' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @Field({ nullable: true, description: 'Last day, YYYY-MM-DD' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  includeProposed = false;
}

@ArgsType()
class LongestChainsArgs {
  @Field(() => Int, { defaultValue: 5, description: '1 to 50' })
  @IsInt()
  @Min(1)
  @Max(50)
  first: number = 5;

  @Field(() => ChainOrder, { defaultValue: ChainOrder.LENGTH })
  @IsEnum(ChainOrder)
  orderBy: ChainOrder = ChainOrder.LENGTH;
}

/** Where a chain's events appear in its selection: what is read below any of them is read for each. */
const EVENT_PATHS = [
  ['steps', 'event'],
  ['links', 'link', 'from'],
  ['links', 'link', 'to'],
];

@Resolver(() => Chain)
export class ChainResolver {
  constructor(private readonly chains: ChainService) {}

  @Authorized(Role.READER)
  @Query(() => Chain, {
    nullable: true,
    description: 'The retaliation chain around an event, with its metrics',
  })
  async chain(
    @Args() args: ChainArgs,
    @Ctx() context: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Chain | null> {
    const plan = plannedReads(context, info, ...EVENT_PATHS);
    const found = await this.chains.around(args, plan);
    if (found) primeChainEvents(context.loaders, plan, found.eventRows);
    return found?.chain ?? null;
  }

  @Authorized(Role.READER)
  @Query(() => Chain, {
    description:
      'The measures between two states in a period, both directions, earliest first up to maxEvents, with the links among them',
  })
  async dyadTimeline(
    @Args() args: DyadArgs,
    @Ctx() context: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Chain> {
    const plan = plannedReads(context, info, ...EVENT_PATHS);
    const found = await this.chains.dyad(args, plan);
    primeChainEvents(context.loaders, plan, found.eventRows);
    return found.chain;
  }

  @Authorized(Role.READER)
  @Query(() => [Chain], { description: 'The longest or most escalating chains of stated or confirmed links' })
  longestChains(@Args() { first, orderBy }: LongestChainsArgs): Promise<Chain[]> {
    return this.chains.longest(orderBy, first);
  }
}
