import { IsBoolean, IsEnum, IsInt, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import {
  DEFAULT_CHAIN_EVENTS,
  DEFAULT_CHAIN_LINKS,
  MAX_CHAIN_EVENTS,
  MAX_CHAIN_LINKS,
} from '../domain/chain-limits';
import { IsGraphId } from '../domain/validators';
import { ChainScope } from './chain.type';

/** How much of a chain: the caps shared by chains, dyad timelines, chain graphs and exports. */
@ArgsType()
export class ChainCapArgs {
  @Field(() => Int, {
    defaultValue: DEFAULT_CHAIN_EVENTS,
    description: `At most this many events (1 to ${MAX_CHAIN_EVENTS}): the nearest to the start event, or the earliest of a dyad timeline`,
  })
  @IsInt()
  @Min(1)
  @Max(MAX_CHAIN_EVENTS)
  maxEvents: number = DEFAULT_CHAIN_EVENTS;

  @Field(() => Int, {
    defaultValue: DEFAULT_CHAIN_LINKS,
    description: `At most this many links among the events returned (1 to ${MAX_CHAIN_LINKS})`,
  })
  @IsInt()
  @Min(1)
  @Max(MAX_CHAIN_LINKS)
  maxLinks: number = DEFAULT_CHAIN_LINKS;
}

/** Which chain: the same arguments for the chain query, its graph and its export. */
@ArgsType()
export class ChainArgs extends ChainCapArgs {
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
