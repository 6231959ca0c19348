import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Actor } from '../actor/actor.type';
import { EdtfDateValue } from '../common/edtf-date.type';
import { Claim, Source } from '../provenance/provenance.type';
import { EventType, ExpulsionForm, RetaliationBasis } from '../report/report-vocabulary';
import '../report/vocabulary-graphql';

@ObjectType({ description: 'The event at the other end of a retaliation link' })
export class LinkedEvent {
  @Field(() => ID)
  id!: string;

  @Field(() => EventType)
  type!: EventType;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true, description: 'EDTF' })
  date!: string | null;
}

@ObjectType({ description: 'A RETALIATED_AGAINST link: one measure answering another' })
export class RetaliationLink {
  @Field(() => ID)
  id!: string;

  @Field(() => RetaliationBasis, { description: 'Stated by a source, inferred, or set by an analyst' })
  basis!: RetaliationBasis;

  @Field(() => Float, { nullable: true })
  confidence!: number | null;

  @Field(() => LinkedEvent)
  event!: LinkedEvent;
}

@ObjectType({ description: 'Something that happened, with who did it to whom and who says so' })
export class Event {
  @Field(() => ID)
  id!: string;

  @Field(() => EventType)
  type!: EventType;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => EdtfDateValue, { nullable: true, description: 'When it happened, as far as anyone knows' })
  date!: EdtfDateValue | null;

  @Field(() => EdtfDateValue, {
    nullable: true,
    description: 'When it first became public, when apart from the date',
  })
  disclosed!: EdtfDateValue | null;

  @Field({ description: 'Kept secret by the parties when it happened' })
  secret!: boolean;

  @Field(() => Int, { nullable: true, description: 'How many people were expelled or cut' })
  count!: number | null;

  @Field(() => ExpulsionForm, { nullable: true })
  form!: ExpulsionForm | null;

  @Field(() => String, { nullable: true })
  statedReason!: string | null;

  @Field(() => String, { nullable: true })
  location!: string | null;

  @Field(() => String, { nullable: true, description: 'CAMEO event code' })
  cameoCode!: string | null;

  @Field(() => Float, { nullable: true, description: 'Goldstein score of the CAMEO code' })
  goldstein!: number | null;

  @Field(() => String, { nullable: true, description: 'PLOVER category' })
  ploverCategory!: string | null;

  @Field(() => String, { nullable: true, description: 'PLOVER mode' })
  ploverMode!: string | null;

  @Field(() => [Actor], { description: 'Who did it' })
  actors!: Actor[];

  @Field(() => [Actor], { description: 'Against whom' })
  targets!: Actor[];

  @Field(() => [Actor], { description: 'Expulsions: who was expelled' })
  expelled!: Actor[];

  @Field(() => [Claim], { description: 'What each source says about it, in its words' })
  claims!: Claim[];

  @Field(() => [Source], { description: 'Sources (and comments) that report it' })
  sources!: Source[];

  @Field(() => [RetaliationLink], { description: 'The acts this event answered' })
  answers!: RetaliationLink[];

  @Field(() => [RetaliationLink], { description: 'The measures that answered this event' })
  answeredBy!: RetaliationLink[];
}

@ObjectType()
export class EventList {
  @Field(() => Int, { description: 'How many events match, whatever the page' })
  total!: number;

  @Field(() => [Event])
  items!: Event[];
}
