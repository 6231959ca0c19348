import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { IsCalendarDate, IsGraphId } from '../domain/validators';
import { DRAWABLE_RELATIONS, NODE_TYPES } from './graph-output.service';

@ArgsType()
export class SubgraphArgs {
  @Field(() => [ID], { description: 'Nodes to start from (1 to 50)' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsGraphId({ each: true })
  ids!: string[];

  @Field(() => Int, { defaultValue: 1, description: 'Hops from the start nodes, 0 to 3' })
  @IsInt()
  @Min(0)
  @Max(3)
  depth: number = 1;

  @Field(() => Int, { defaultValue: 150, description: 'At most this many nodes, nearest first (1 to 500)' })
  @IsInt()
  @Min(1)
  @Max(500)
  maxNodes: number = 150;

  @Field(() => [String], {
    nullable: true,
    description: `Relationship types to follow, among: ${DRAWABLE_RELATIONS.join(', ')}`,
  })
  @IsOptional()
  @IsIn(DRAWABLE_RELATIONS, {
    each: true,
    message: `relationTypes must be among ${DRAWABLE_RELATIONS.join(', ')}`,
  })
  relationTypes?: string[];

  @Field(() => [String], {
    nullable: true,
    description: `Node types to keep, among: ${NODE_TYPES.join(', ')}`,
  })
  @IsOptional()
  @IsIn(NODE_TYPES, { each: true, message: `nodeTypes must be among ${NODE_TYPES.join(', ')}` })
  nodeTypes?: string[];

  @Field({
    nullable: true,
    description: 'Leave out events that cannot have happened on or after this day (YYYY-MM-DD)',
  })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @Field({
    nullable: true,
    description: 'Leave out events that cannot have happened on or before this day (YYYY-MM-DD)',
  })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}
