import { IsBoolean, IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import { Args, ArgsType, Authorized, Field, ID, Int, Query, Resolver } from 'type-graphql';
import { Role } from '../auth/role';
import { IsCalendarDate, IsGraphId } from '../domain/validators';
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

@Resolver(() => Chain)
export class ChainResolver {
  constructor(private readonly chains: ChainService) {}

  @Authorized(Role.READER)
  @Query(() => Chain, {
    nullable: true,
    description: 'The retaliation chain around an event, with its metrics',
  })
  async chain(@Args() args: ChainArgs): Promise<Chain | null> {
    return (await this.chains.around(args))?.chain ?? null;
  }

  @Authorized(Role.READER)
  @Query(() => Chain, {
    description:
      'The measures between two states in a period, both directions, earliest first up to maxEvents, with the links among them',
  })
  dyadTimeline(@Args() args: DyadArgs): Promise<Chain> {
    return this.chains.dyad(args);
  }

  @Authorized(Role.READER)
  @Query(() => [Chain], { description: 'The longest or most escalating chains of stated or confirmed links' })
  longestChains(@Args() { first, orderBy }: LongestChainsArgs): Promise<Chain[]> {
    return this.chains.longest(orderBy, first);
  }
}
