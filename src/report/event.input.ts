import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { Field, Float, InputType, Int } from 'type-graphql';
import { EventType, ExpulsionForm } from '../domain/vocabulary';
import '../domain/vocabulary-graphql';
import { IsEdtf, IsGraphId } from '../domain/validators';

@InputType({ description: 'Something that happened: an expulsion, a summons, a statement...' })
export class EventInput {
  @Field({ description: 'event:...' })
  @IsGraphId()
  @Matches(/^event:/, { message: 'id must start with "event:"' })
  id!: string;

  @Field(() => EventType)
  @IsEnum(EventType)
  type!: EventType;

  @Field({ description: 'One line, in English' })
  @IsString()
  @Length(1, 300)
  title!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 5000)
  description?: string;

  @Field({ nullable: true, description: 'When it happened, EDTF; absent when no source says' })
  @IsOptional()
  @IsEdtf()
  date?: string;

  @Field({ nullable: true, description: 'When it first became public, EDTF, when apart from the date' })
  @IsOptional()
  @IsEdtf()
  disclosed?: string;

  @Field({ description: 'Kept secret by the parties when it happened' })
  @IsBoolean()
  secret!: boolean;

  @Field(() => [String], { description: 'Who did it (ids)' })
  @IsArray()
  @ArrayMaxSize(200)
  @IsGraphId({ each: true })
  actors!: string[];

  @Field(() => [String], { description: 'Against whom (ids)' })
  @IsArray()
  @ArrayMaxSize(200)
  @IsGraphId({ each: true })
  targets!: string[];

  @Field(() => [String], { nullable: true, description: 'Expulsions: the people or groups expelled (ids)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsGraphId({ each: true })
  expelled?: string[];

  @Field(() => Int, { nullable: true, description: 'Expulsions and reductions: how many people' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000)
  count?: number;

  @Field(() => ExpulsionForm, { nullable: true })
  @IsOptional()
  @IsEnum(ExpulsionForm)
  form?: ExpulsionForm;

  @Field({ nullable: true, description: 'The reason the actor gave' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  statedReason?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  location?: string;

  @Field({ nullable: true, description: 'CAMEO code; defaults from the type' })
  @IsOptional()
  @Matches(/^\d{2,4}$/, { message: 'cameoCode must be 2 to 4 digits, such as 166' })
  cameoCode?: string;

  @Field(() => Float, { nullable: true, description: 'Goldstein score; defaults from the type' })
  @IsOptional()
  @IsNumber()
  @Min(-10)
  @Max(10)
  goldstein?: number;

  @Field({ nullable: true, description: 'PLOVER category; defaults from the type' })
  @IsOptional()
  @Matches(/^[A-Z_]{3,20}$/, {
    message: 'ploverCategory must be an upper-case PLOVER category such as SANCTION',
  })
  ploverCategory?: string;

  @Field({ nullable: true, description: 'PLOVER mode; defaults from the type' })
  @IsOptional()
  @Matches(/^[a-z_]{2,30}$/, { message: 'ploverMode must be a lower-case PLOVER mode such as expel' })
  ploverMode?: string;
}
