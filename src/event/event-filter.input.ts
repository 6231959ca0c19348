import { ArrayMaxSize, IsBoolean, IsEnum, IsOptional, IsString, Length } from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { EventType } from '../domain/vocabulary';
import '../domain/vocabulary-graphql';
import { IsCalendarDate, IsGraphId } from '../domain/validators';

@InputType({ description: 'Every field narrows the list; all are optional' })
export class EventFilter {
  @Field(() => [EventType], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsEnum(EventType, { each: true })
  types?: EventType[];

  @Field(() => ID, { nullable: true, description: 'Events this actor initiated' })
  @IsOptional()
  @IsGraphId()
  actor?: string;

  @Field(() => ID, { nullable: true, description: 'Events targeting (or expelling) this actor' })
  @IsOptional()
  @IsGraphId()
  target?: string;

  @Field(() => ID, { nullable: true, description: 'Events where this actor is on either side' })
  @IsOptional()
  @IsGraphId()
  party?: string;

  @Field({
    nullable: true,
    description:
      'Events that may have happened on or after this day (YYYY-MM-DD): overlap with the EDTF bounds',
  })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @Field({ nullable: true, description: 'Events that may have happened on or before this day (YYYY-MM-DD)' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;

  @Field({ nullable: true, description: 'true: only events with a known date; false: only undated ones' })
  @IsOptional()
  @IsBoolean()
  dated?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  secret?: boolean;

  @Field(() => ID, {
    nullable: true,
    description: 'Events a source (or a comment under it) states something about',
  })
  @IsOptional()
  @IsGraphId()
  source?: string;

  @Field({ nullable: true, description: 'Case-insensitive text in the title, description or stated reason' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  text?: string;
}

export enum EventOrderField {
  DATE = 'DATE',
  DISCLOSED = 'DISCLOSED',
  TITLE = 'TITLE',
  COUNT = 'COUNT',
  GOLDSTEIN = 'GOLDSTEIN',
}

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(EventOrderField, {
  name: 'EventOrderField',
  description: 'DATE orders by the earliest possible day',
});
registerEnumType(OrderDirection, { name: 'OrderDirection' });

@InputType()
export class EventOrder {
  @Field(() => EventOrderField, { defaultValue: EventOrderField.DATE })
  @IsEnum(EventOrderField)
  field: EventOrderField = EventOrderField.DATE;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
  @IsEnum(OrderDirection)
  direction: OrderDirection = OrderDirection.ASC;
}
