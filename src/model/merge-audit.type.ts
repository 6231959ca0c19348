import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from './node.type';

@ObjectType({
  implements: Node,
  description: 'The record of two duplicate actors merged into one (admins only)',
})
export class MergeAudit extends Node {
  @Field({ description: 'The actor that was kept' })
  keptId!: string;

  @Field({ description: 'The duplicate, now deleted' })
  mergedId!: string;

  @Field(() => String, { nullable: true })
  mergedName!: string | null;

  @Field({ description: "The duplicate's properties as they were, as JSON" })
  mergedSnapshot!: string;

  @Field()
  reason!: string;

  @Field()
  mergedBy!: string;

  @Field()
  mergedAt!: string;

  @Field(() => Int)
  movedRelationships!: number;

  @Field(() => Int)
  movedClaims!: number;
}
