import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { RetaliationBasis } from '../domain/vocabulary';
import type { Event } from '../model/event.type';
import '../domain/vocabulary-graphql';

export enum EventChangeKind {
  SAVED = 'SAVED',
}

export enum RetaliationChangeKind {
  LINKED = 'LINKED',
  UNLINKED = 'UNLINKED',
  PROPOSED = 'PROPOSED',
  CONFIRMED = 'CONFIRMED',
  REJECTED = 'REJECTED',
}

registerEnumType(EventChangeKind, { name: 'EventChangeKind', description: 'SAVED: created or updated' });
registerEnumType(RetaliationChangeKind, { name: 'RetaliationChangeKind' });

@ObjectType({ description: 'An event was created or changed' })
export class EventChange {
  @Field(() => EventChangeKind)
  kind!: EventChangeKind;

  @Field(() => ID)
  eventId!: string;

  @Field({ description: 'Who made the change' })
  by!: string;

  @Field({ description: 'When, ISO 8601' })
  at!: string;

  /** The event as the change saved it, when the writer had it at hand: then no subscriber reads it again. */
  saved?: Event | undefined;
}

@ObjectType({ description: 'A retaliation link was made, removed, proposed, confirmed or rejected' })
export class RetaliationChange {
  @Field(() => RetaliationChangeKind)
  kind!: RetaliationChangeKind;

  @Field(() => ID)
  linkId!: string;

  @Field(() => ID, { description: 'The measure that answered' })
  fromId!: string;

  @Field(() => ID, { description: 'The act it answered' })
  toId!: string;

  @Field(() => RetaliationBasis, { nullable: true })
  basis!: RetaliationBasis | null;

  @Field(() => Float, { nullable: true })
  confidence!: number | null;

  @Field()
  by!: string;

  @Field()
  at!: string;
}
