import { Transform } from 'class-transformer';
import { blankToUndefined as blankCell, cellInt, cellList } from './history-cells';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { Field, InputType, Int, registerEnumType } from 'type-graphql';
import { IsEdtf, IsText, TEXT_LIMITS } from '../domain/validators';

export enum Measure {
  EXPULSION = 'expulsion',
  STAFF_REDUCTION = 'staff_reduction',
  CONSULATE_CLOSURE = 'consulate_closure',
  AMBASSADOR_RECALL = 'ambassador_recall',
  SUMMONS = 'summons',
  SANCTION = 'sanction',
  ARREST = 'arrest',
  STATEMENT = 'statement',
  OTHER = 'other',
}

registerEnumType(Measure, { name: 'Measure' });

export const HISTORY_ROW_ID = /^[a-z0-9][a-z0-9._-]{0,119}$/;
const list = ({ value }: { value: unknown }) => cellList(value);
const blankToUndefined = ({ value }: { value: unknown }) => blankCell(value);
const toInt = ({ value }: { value: unknown }) => cellInt(value);

/** One measure of a history table: `id, date, actor, target, measure, count, responds_to, source_url, notes`. */
@InputType({ description: 'One measure of a history table' })
export class HistoryRowInput {
  @Field({ description: 'Unique within the table: lower-case letters, digits, dot, dash, underscore' })
  @Matches(HISTORY_ROW_ID, {
    message: 'id must be lower-case letters, digits, ".", "-" or "_" (at most 120)',
  })
  id!: string;

  @Field({ description: 'EDTF date of the measure' })
  @IsEdtf()
  date!: string;

  @Field({ description: 'ISO 3166-1 code or English name of the state taking the measure' })
  @IsString()
  @Length(2, 100)
  actor!: string;

  @Field(() => [String], { description: 'States targeted: codes or names (several separated by ";" in CSV)' })
  @Transform(list)
  @IsArray()
  @ArrayMaxSize(200)
  @IsText(2, 100, { each: true })
  target!: string[];

  @Field(() => Measure)
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toLowerCase() : value,
  )
  @IsEnum(Measure, { message: `measure must be one of: ${Object.values(Measure).join(', ')}` })
  measure!: Measure;

  @Field(() => Int, { nullable: true, description: 'How many people' })
  @Transform(toInt)
  @IsOptional()
  @IsInt({ message: 'count must be a whole number' })
  @Min(0)
  @Max(100_000)
  count?: number;

  @Field(() => [String], {
    nullable: true,
    description: 'Ids of earlier rows this measure answers, as a source states',
  })
  @Transform(list)
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @Matches(HISTORY_ROW_ID, { each: true, message: 'responds_to must list row ids' })
  responds_to?: string[];

  @Field({ nullable: true })
  @Transform(blankToUndefined)
  @IsOptional()
  @IsUrl(
    { require_protocol: true, protocols: ['http', 'https'] },
    { message: 'source_url must be an http(s) URL' },
  )
  @MaxLength(TEXT_LIMITS.url)
  source_url?: string;

  @Field({ nullable: true })
  @Transform(blankToUndefined)
  @IsOptional()
  @IsString()
  @Length(1, 5000)
  notes?: string;
}
