import { IsBoolean, IsEnum, IsInt, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { IsGraphId } from '../domain/validators';
import { ChainScope } from './chain.type';

/** Which chain: the same arguments for the chain query, its graph and its export. */
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
