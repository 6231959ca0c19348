import { Args, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { CappedListArgs } from '../graph/pagination';
import { RetaliationProposal } from './proposal.type';

@ObjectType({ description: 'What one inference run stored' })
export class InferenceRun {
  @Field(() => Int, { description: 'New proposals the run stored' })
  proposed!: number;

  /** Every new proposal of the run, best score first. */
  all!: RetaliationProposal[];
}

export const inferenceRun = (proposals: RetaliationProposal[]): InferenceRun =>
  Object.assign(new InferenceRun(), { proposed: proposals.length, all: proposals });

@Resolver(() => InferenceRun)
export class InferenceRunResolver {
  @FieldResolver(() => [RetaliationProposal], {
    description: 'The best of the new proposals, highest score first (all of them: retaliationProposals)',
  })
  proposals(@Root() run: InferenceRun, @Args() { first }: CappedListArgs): RetaliationProposal[] {
    return run.all.slice(0, first);
  }
}
