import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { ActorType, OrganizationKind } from '../domain/vocabulary';
import '../domain/vocabulary-graphql';
import { IsGraphId, IsText, TEXT_LIMITS } from '../domain/validators';

@InputType({
  description:
    'An organisation, person or group the source names. States are not declared: refer to them as state:<ISO 3166-1 alpha-2>.',
})
export class EntityInput {
  @Field({ description: 'org:..., person:... or group:...' })
  @IsGraphId()
  id!: string;

  @Field(() => ActorType)
  @IsEnum(ActorType)
  type!: ActorType;

  @Field({ nullable: true, description: 'Absent for unnamed people and groups' })
  @ValidateIf((entity: EntityInput) => entity.type === ActorType.ORGANIZATION || entity.name !== undefined)
  @IsString()
  @Length(1, 300)
  name?: string;

  @Field({ nullable: true, description: 'Who they are, in the words of the sources; required when unnamed' })
  @ValidateIf((entity: EntityInput) => entity.name === undefined || entity.description !== undefined)
  @IsString()
  @Length(1, 2000)
  description?: string;

  @Field(() => OrganizationKind, { nullable: true, description: 'Required for organisations' })
  @ValidateIf((entity: EntityInput) => entity.type === ActorType.ORGANIZATION || entity.kind !== undefined)
  @IsEnum(OrganizationKind)
  kind?: OrganizationKind;

  @Field(() => Int, { nullable: true, description: 'Groups: how many people, when stated' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000)
  count?: number;

  @Field(() => [String], { nullable: true, description: 'Other names, spellings and languages' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsText(1, TEXT_LIMITS.name, { each: true })
  aliases?: string[];

  @Field({ nullable: true, description: 'Wikidata QID, only when confirmed' })
  @IsOptional()
  @Matches(/^Q[1-9]\d*$/, { message: 'wikidataId must look like Q142' })
  @MaxLength(20)
  wikidataId?: string;
}
