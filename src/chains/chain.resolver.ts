import { IsBoolean, IsEnum, IsISO8601, IsInt, IsOptional, Max, Min } from 'class-validator';
import { Args, ArgsType, Authorized, Field, ID, Int, Query, Resolver } from 'type-graphql';
import { Role } from '../auth/role';
import { IsGraphId } from '../domain/validators';
import { buildChain } from './chain.builder';
import { ChainRepository } from './chain.repository';
import { Chain, ChainOrder, ChainScope } from './chain.type';

@ArgsType()
export class ChainArgs {
  @Field(() => ID)
  @IsGraphId()
  eventId!: string;

  @Field(() => Int, { defaultValue: 5, description: 'Links to follow each way, 1 to 10' })
  @IsInt()
  @Min(1)
  @Max(10)
  depth: number = 5;

  @Field(() => ChainScope, { defaultValue: ChainScope.LINEAGE })
  @IsEnum(ChainScope)
  scope: ChainScope = ChainScope.LINEAGE;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Also follow proposed (inferred, unconfirmed) links',
  })
  @IsBoolean()
  includeProposed = false;
}

@ArgsType()
class DyadArgs {
  @Field(() => ID, { description: 'A state, such as state:FR' })
  @IsGraphId()
  a!: string;

  @Field(() => ID)
  @IsGraphId()
  b!: string;

  @Field({ nullable: true, description: 'First day, YYYY-MM-DD' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @Field({ nullable: true, description: 'Last day, YYYY-MM-DD' })
  @IsOptional()
  @IsISO8601({ strict: true })
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
  constructor(private readonly repository: ChainRepository) {}

  @Authorized(Role.READER)
  @Query(() => Chain, {
    nullable: true,
    description: 'The retaliation chain around an event, with its metrics',
  })
  async chain(@Args() { eventId, depth, scope, includeProposed }: ChainArgs): Promise<Chain | null> {
    const rows = await this.repository.around(
      eventId,
      depth,
      scope === ChainScope.COMPONENT,
      includeProposed,
    );
    return rows ? buildChain(rows) : null;
  }

  @Authorized(Role.READER)
  @Query(() => Chain, {
    description: 'Every measure between two states in a period, both directions, with the links among them',
  })
  async dyadTimeline(@Args() { a, b, from, to, includeProposed }: DyadArgs): Promise<Chain> {
    return buildChain(await this.repository.dyad(a, b, from ?? null, to ?? null, includeProposed));
  }

  @Authorized(Role.READER)
  @Query(() => [Chain], { description: 'The longest or most escalating chains of stated or confirmed links' })
  async longestChains(@Args() { first, orderBy }: LongestChainsArgs): Promise<Chain[]> {
    return (await this.repository.longest(orderBy, first)).map(buildChain);
  }
}
