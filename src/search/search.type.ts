import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../model/node.type';

export enum SearchKind {
  ACTOR = 'Actor',
  EVENT = 'Event',
  CLAIM = 'Claim',
  SOURCE = 'Source',
}

registerEnumType(SearchKind, { name: 'SearchKind' });

@ObjectType({ description: 'A node whose text matches, with the passage that matched' })
export class SearchHit {
  @Field(() => Float, { description: 'Relevance; higher is better' })
  score!: number;

  @Field(() => Node)
  node!: Node;

  @Field(() => String, {
    nullable: true,
    description: 'The property that matched: name, aliases, title, quote...',
  })
  field!: string | null;

  @Field(() => String, { nullable: true, description: 'The matching words in their context' })
  passage!: string | null;
}
