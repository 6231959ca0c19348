import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from './node.type';

@ObjectType({
  description:
    'How many sources state a fact, and how many of them are independent: a source or outlet that cites another counts as what it relays, so copies count once',
})
export class Corroboration {
  @Field(() => Int, {
    description:
      'Sources (articles, comments) with a claim about it and, for an event, those that report it (a history row names its source without a claim)',
  })
  sources!: number;

  @Field(() => Int, {
    description: 'Distinct outlets among them (a source of unknown outlet, or a comment, counts as itself)',
  })
  voices!: number;

  @Field(() => Int, { description: 'Independent origins after following citations' })
  independentOrigins!: number;

  @Field(() => [Node], {
    description: 'The origins: outlets, sources or bodies that the reporting comes from (at most 50)',
  })
  origins!: Node[];
}
