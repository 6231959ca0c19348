import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum ProposalStatus {
  PROPOSED = 'PROPOSED',
  CONFIRMED = 'CONFIRMED',
  REJECTED = 'REJECTED',
}

registerEnumType(ProposalStatus, { name: 'ProposalStatus' });

@ObjectType({ description: 'A retaliation link the inference proposes: `from` may answer `to`' })
export class RetaliationProposal {
  @Field(() => ID)
  id!: string;

  @Field(() => Float, { description: '0 to 1' })
  score!: number;

  @Field(() => [String], {
    description: 'Why: lag, proportionality, kind of measure, wording, multilateral pattern',
  })
  reasons!: string[];

  @Field(() => ProposalStatus)
  status!: ProposalStatus;

  @Field(() => Int, { nullable: true, description: 'The window (days) it was proposed with' })
  windowDays!: number | null;

  @Field(() => String, { nullable: true })
  decidedBy!: string | null;

  @Field(() => String, { nullable: true })
  decisionNote!: string | null;

  fromId!: string;
  toId!: string;
}

export function toProposal(row: Record<string, unknown>): RetaliationProposal {
  return Object.assign(new RetaliationProposal(), {
    id: row['id'] as string,
    score: row['score'] as number,
    reasons: (row['reasons'] as string[] | undefined) ?? [],
    status: row['status'] as ProposalStatus,
    windowDays: (row['windowDays'] as number | undefined) ?? null,
    decidedBy: (row['decidedBy'] as string | undefined) ?? null,
    decisionNote: (row['decisionNote'] as string | undefined) ?? null,
    fromId: row['from'] as string,
    toId: row['to'] as string,
  });
}
