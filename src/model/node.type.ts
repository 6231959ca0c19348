import { Field, ID, InterfaceType } from 'type-graphql';

@InterfaceType({ description: 'Anything with a stable id: node(id) finds it' })
export abstract class Node {
  @Field(() => ID)
  id!: string;
}
