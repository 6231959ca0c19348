import { IsEnum, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { ClaimStance } from '../domain/vocabulary';
import '../domain/vocabulary-graphql';
import { IsGraphId } from '../domain/validators';

@InputType({ description: 'What the source says about one event, entity or relation, in its own words' })
export class ClaimInput {
  @Field({ nullable: true, description: 'claim:...; derived from its content when absent' })
  @IsOptional()
  @IsGraphId()
  id?: string;

  @Field({ description: 'Id of the event, entity or relation the claim is about' })
  @IsGraphId()
  subject!: string;

  @Field({ description: 'What it states: occurred, date, count, actor, target, reason, secret, role, ...' })
  @Matches(/^[a-z][a-zA-Z]{1,40}$/, {
    message: 'property must be a camelCase word such as occurred or count',
  })
  property!: string;

  @Field({ nullable: true, description: 'The value stated, when the property has one' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  value?: string;

  @Field({ description: 'The words of the source that state it' })
  @IsString()
  @Length(1, 5000)
  quote!: string;

  @Field(() => Int, {
    description: 'Admiralty credibility of the information: 1 confirmed ... 5 improbable, 6 cannot be judged',
  })
  @IsInt()
  @Min(1)
  @Max(6)
  credibility!: number;

  @Field(() => ClaimStance, { nullable: true, description: 'ASSERTS unless the source denies it' })
  @IsOptional()
  @IsEnum(ClaimStance)
  stance?: ClaimStance;

  @Field({ nullable: true, description: 'Id of the part of the source (a comment) that states it' })
  @IsOptional()
  @IsGraphId()
  part?: string;

  @Field({ nullable: true, description: 'Analyst note: translation, inference, doubt' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  note?: string;
}
