import { eventById } from '../model/event-by-id';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
} from 'class-validator';
import { IsGraphId } from '../domain/validators';
import {
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  Float,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Principal } from '../auth/principal';
import { Role } from '../auth/role';
import { Event } from '../model/event.type';
import { ConnectionArgs, ConnectionType, asConnection, offsetAfter, toConnection } from '../graph/pagination';
import type { GraphQLContext } from '../graph/request-context';
import { InferenceRepository } from './inference.repository';
import { InferenceService, MAX_INFERENCE_ANSWERS } from './inference.service';
import { InferenceRun, inferenceRun } from './inference-run.type';
import { ProposalStatus, RetaliationProposal, toProposal } from './proposal.type';

export const RetaliationProposalConnection = ConnectionType(RetaliationProposal, 'RetaliationProposal');
export type RetaliationProposalConnection = InstanceType<typeof RetaliationProposalConnection>;

@ArgsType()
class InferArgs {
  @Field(() => [ID], {
    description: `The measures examined as possible answers, 1 to ${MAX_INFERENCE_ANSWERS} (the whole graph: npm run infer)`,
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_INFERENCE_ANSWERS)
  @IsGraphId({ each: true })
  answerIds!: string[];

  @Field(() => Int, {
    nullable: true,
    description: 'Days after a measure in which an answer is looked for (default INFERENCE_WINDOW_DAYS)',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3650)
  windowDays?: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Lowest score proposed, 0 to 1 (default INFERENCE_MIN_SCORE)',
  })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1)
  minScore?: number;
}

@ArgsType()
class DecisionArgs {
  @Field(() => ID)
  @IsGraphId()
  id!: string;

  @Field({ nullable: true, description: 'Why' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  note?: string;
}

@ArgsType()
class ProposalListArgs extends ConnectionArgs {
  @Field(() => ProposalStatus, {
    nullable: true,
    defaultValue: ProposalStatus.PROPOSED,
    description: 'null: all',
  })
  @IsOptional()
  @IsEnum(ProposalStatus)
  status?: ProposalStatus | null;
}

const who = (context: GraphQLContext): Principal => context.principal as Principal;

@Resolver(() => RetaliationProposal)
export class InferenceResolver {
  constructor(
    private readonly service: InferenceService,
    private readonly repository: InferenceRepository,
  ) {}

  @Authorized(Role.EDITOR)
  @Mutation(() => InferenceRun, {
    description:
      'Propose retaliation links the sources do not state for these answers; returns the new proposals',
  })
  async inferRetaliation(
    @Args() { answerIds, windowDays, minScore }: InferArgs,
    @Ctx() context: GraphQLContext,
  ): Promise<InferenceRun> {
    return inferenceRun(await this.service.infer(answerIds, { windowDays, minScore }, who(context)));
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => RetaliationProposal, {
    description: 'Accept a proposal: it becomes a RETALIATED_AGAINST link with basis INFERRED',
  })
  confirmRetaliation(
    @Args() { id, note }: DecisionArgs,
    @Ctx() context: GraphQLContext,
  ): Promise<RetaliationProposal> {
    return this.service.decide(id, true, who(context), note ?? null);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => RetaliationProposal, {
    description: 'Refuse a proposal: it is kept, marked, and never proposed again',
  })
  rejectRetaliation(
    @Args() { id, note }: DecisionArgs,
    @Ctx() context: GraphQLContext,
  ): Promise<RetaliationProposal> {
    return this.service.decide(id, false, who(context), note ?? null);
  }

  @Authorized(Role.READER)
  @Query(() => RetaliationProposalConnection, { description: 'Inferred proposals, best score first' })
  async retaliationProposals(
    @Args() { first, after, status }: ProposalListArgs,
  ): Promise<RetaliationProposalConnection> {
    const offset = offsetAfter(after);
    const rows = await this.repository.list(status ?? null, offset, first + 1);
    return asConnection(
      RetaliationProposalConnection,
      toConnection(rows.map(toProposal), offset, first, () => this.repository.count(status ?? null)),
    );
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The measure that may be an answer' })
  from(@Root() proposal: RetaliationProposal, @Ctx() context: GraphQLContext): Promise<Event | null> {
    return eventById(context, proposal.fromId);
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The act it may answer' })
  to(@Root() proposal: RetaliationProposal, @Ctx() context: GraphQLContext): Promise<Event | null> {
    return eventById(context, proposal.toId);
  }
}
