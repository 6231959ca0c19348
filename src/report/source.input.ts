import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { Reliability, SourceKind } from '../domain/vocabulary';
import '../domain/vocabulary-graphql';
import { IsEdtf, IsGraphId, IsText, TEXT_LIMITS } from '../domain/validators';

const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const LANGUAGE_MAX_LENGTH = 35;

@InputType({ description: 'A part of a source with its own author and standing, such as a reader comment' })
export class SourcePartInput {
  @Field()
  @IsGraphId()
  id!: string;

  @Field(() => SourceKind)
  @IsEnum(SourceKind)
  kind!: SourceKind;

  @Field({ nullable: true, description: 'Author or handle, as shown' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  author?: string;

  @Field({ nullable: true, description: 'EDTF' })
  @IsOptional()
  @IsEdtf()
  published?: string;

  @Field(() => Reliability)
  @IsEnum(Reliability)
  reliability!: Reliability;

  @Field({ nullable: true, description: 'Why this reliability' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  reliabilityNote?: string;
}

@InputType({ description: 'Reporting of another outlet or source that this source relays' })
export class CitationInput {
  @Field({ description: 'Id of an outlet (org:...) or a source (source:...)' })
  @IsGraphId()
  target!: string;

  @Field({ description: 'The words that show the citation' })
  @IsString()
  @Length(1, 5000)
  quote!: string;
}

@InputType({ description: 'Where the facts of a report come from' })
export class SourceInput {
  @Field()
  @IsGraphId()
  @Matches(/^source:/, { message: 'source.id must start with "source:"' })
  id!: string;

  @Field(() => SourceKind)
  @IsEnum(SourceKind)
  kind!: SourceKind;

  @Field()
  @IsString()
  @Length(1, 1000)
  title!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  @MaxLength(TEXT_LIMITS.url)
  url?: string;

  @Field({ description: 'Language of the text as held (BCP 47)' })
  @Matches(LANGUAGE, { message: 'language must be a BCP 47 code such as en or fr' })
  @MaxLength(LANGUAGE_MAX_LENGTH)
  language!: string;

  @Field({ nullable: true, description: 'Language of the original when the text is a translation' })
  @IsOptional()
  @Matches(LANGUAGE, { message: 'originalLanguage must be a BCP 47 code such as ru' })
  @MaxLength(LANGUAGE_MAX_LENGTH)
  originalLanguage?: string;

  @Field({ nullable: true, description: 'Publication date, EDTF' })
  @IsOptional()
  @IsEdtf()
  published?: string;

  @Field({ nullable: true, description: 'Id of the outlet (org:...) that published it, when known' })
  @IsOptional()
  @IsGraphId()
  outlet?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsText(1, TEXT_LIMITS.name, { each: true })
  authors?: string[];

  @Field(() => Reliability, { description: 'Admiralty grade of the source: A (completely reliable) to F' })
  @IsEnum(Reliability)
  reliability!: Reliability;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  reliabilityNote?: string;

  @Field(() => [SourcePartInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => SourcePartInput)
  parts?: SourcePartInput[];

  @Field(() => [CitationInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => CitationInput)
  cites?: CitationInput[];
}
