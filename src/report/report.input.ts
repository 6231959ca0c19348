import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  Equals,
  IsArray,
  IsOptional,
  IsString,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { ClaimInput } from './claim.input';
import { EntityInput } from './entity.input';
import { EventInput } from './event.input';
import { RelationInput } from './relation.input';
import { SourceInput } from './source.input';
import { IsGraphId } from '../domain/validators';

export const REPORT_FORMAT = 'riposte.report';
export const REPORT_FORMAT_VERSION = 1;

@InputType({ description: 'One source and everything it states: the unit of ingest' })
export class ReportInput {
  @Field({ defaultValue: REPORT_FORMAT })
  @Equals(REPORT_FORMAT, { message: `format must be "${REPORT_FORMAT}"` })
  format!: string;

  @Field(() => Int, { defaultValue: REPORT_FORMAT_VERSION })
  @Equals(REPORT_FORMAT_VERSION, { message: `version must be ${REPORT_FORMAT_VERSION}` })
  version!: number;

  @Field({ description: 'report:...' })
  @IsGraphId()
  @Matches(/^report:/, { message: 'id must start with "report:"' })
  id!: string;

  @Field({ nullable: true, description: 'How the report was made: dates resolved, identities inferred' })
  @IsOptional()
  @IsString()
  @Length(1, 20_000)
  notes?: string;

  @Field(() => SourceInput)
  @ValidateNested()
  @Type(() => SourceInput)
  source!: SourceInput;

  @Field(() => [EntityInput])
  @IsArray()
  @ArrayMaxSize(10_000)
  @ValidateNested({ each: true })
  @Type(() => EntityInput)
  entities!: EntityInput[];

  @Field(() => [EventInput])
  @IsArray()
  @ArrayMaxSize(10_000)
  @ValidateNested({ each: true })
  @Type(() => EventInput)
  events!: EventInput[];

  @Field(() => [RelationInput])
  @IsArray()
  @ArrayMaxSize(10_000)
  @ValidateNested({ each: true })
  @Type(() => RelationInput)
  relations!: RelationInput[];

  @Field(() => [ClaimInput])
  @IsArray()
  @ArrayMaxSize(50_000)
  @ValidateNested({ each: true })
  @Type(() => ClaimInput)
  claims!: ClaimInput[];
}
