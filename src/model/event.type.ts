import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { EdtfDateValue } from '../domain/edtf-date.type';
import { Node } from './node.type';
import { EventType, ExpulsionForm, RetaliationBasis } from '../domain/vocabulary';
import '../domain/vocabulary-graphql';

@ObjectType({
  implements: Node,
  description: 'Something that happened, with who did it to whom and who says so',
})
export class Event extends Node {
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
}

@ObjectType({ description: 'A RETALIATED_AGAINST link: the measure `from` answered the act `to`' })
export class RetaliationLink {
  @Field(() => ID)
  id!: string;

  @Field(() => RetaliationBasis, { description: 'Stated by a source, inferred, or set by an analyst' })
  basis!: RetaliationBasis;

  @Field(() => Float, { nullable: true, description: '0 to 1' })
  confidence!: number | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  fromId!: string;
  toId!: string;
}
