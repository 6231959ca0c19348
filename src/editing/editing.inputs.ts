import { IsEnum, IsNumber, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { ArgsType, Field, Float, ID, InputType } from 'type-graphql';
import { RetaliationBasis } from '../domain/vocabulary';
import '../domain/vocabulary-graphql';
import { IsGraphId } from '../domain/validators';

@InputType({ description: 'A RETALIATED_AGAINST link set by an analyst: `from` answered `to`' })
export class RetaliationLinkInput {
  @Field(() => ID, { nullable: true, description: 'rel:...; derived from the two events when absent' })
  @IsOptional()
  @IsGraphId()
  @Matches(/^rel:/, { message: 'id must start with "rel:"' })
  id?: string;

  @Field(() => ID, { description: 'The measure that answered' })
  @IsGraphId()
  @Matches(/^event:/, { message: 'from must be an event id' })
  from!: string;

  @Field(() => ID, { description: 'The act it answered' })
  @IsGraphId()
  @Matches(/^event:/, { message: 'to must be an event id' })
  to!: string;

  @Field(() => RetaliationBasis, { defaultValue: RetaliationBasis.ANALYST })
  @IsEnum(RetaliationBasis)
  basis: RetaliationBasis = RetaliationBasis.ANALYST;

  @Field(() => Float, { nullable: true, description: '0 to 1' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1)
  confidence?: number;

  @Field({ nullable: true, description: 'Why the analyst links them' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  note?: string;
}

@ArgsType()
export class MergeActorsArgs {
  @Field(() => ID, { description: 'The actor to keep' })
  @IsGraphId()
  keep!: string;

  @Field(() => ID, { description: 'The duplicate, merged into the kept actor and deleted' })
  @IsGraphId()
  duplicate!: string;

  @Field({ description: 'Why they are the same actor' })
  @IsString()
  @Length(3, 2000)
  reason!: string;
}
