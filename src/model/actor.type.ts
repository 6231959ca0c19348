import { Field, ID, Int, InterfaceType, ObjectType } from 'type-graphql';
import { EdtfDateValue } from '../domain/edtf-date.type';
import { Node } from './node.type';
import { ActorType, OrganizationKind, RelationType } from '../domain/vocabulary';
import '../domain/vocabulary-graphql';

@InterfaceType({
  implements: Node,
  description: 'A state, organisation, person or group that acts or is acted upon',
})
export abstract class Actor extends Node {
  @Field(() => ActorType)
  type!: ActorType;

  @Field(() => String, { nullable: true, description: 'Null for unnamed people and groups' })
  name!: string | null;

  @Field(() => String, { nullable: true, description: 'Who they are, in the words of the sources' })
  description!: string | null;

  @Field(() => [String], { description: 'Other names, spellings and languages' })
  aliases!: string[];

  @Field(() => String, { nullable: true, description: 'Wikidata QID, when confirmed' })
  wikidataId!: string | null;
}

@ObjectType({ implements: [Node, Actor], description: 'A state, identified by its ISO 3166-1 codes' })
export class State extends Actor {
  @Field()
  iso2!: string;

  @Field()
  iso3!: string;
}

@ObjectType({ implements: [Node, Actor], description: 'An agency, ministry, diplomatic mission, outlet...' })
export class Organization extends Actor {
  @Field(() => OrganizationKind)
  kind!: OrganizationKind;
}

@ObjectType({ implements: [Node, Actor], description: 'A person, named or not' })
export class Person extends Actor {}

@ObjectType({
  implements: [Node, Actor],
  description: 'People not named one by one, such as "six Russian agents"',
})
export class Group extends Actor {
  @Field(() => Int, { nullable: true, description: 'How many, when stated' })
  count!: number | null;
}

@ObjectType({
  description: 'A structural link of an actor: membership, role, nationality, part of, accredited to...',
})
export class ActorRelation {
  @Field(() => ID, { nullable: true })
  id!: string | null;

  @Field(() => RelationType)
  type!: RelationType;

  @Field({ description: 'OUT: from this actor; IN: to it' })
  direction!: string;

  @Field(() => String, { nullable: true, description: 'HOLDS_ROLE: the role' })
  role!: string | null;

  @Field(() => EdtfDateValue, { nullable: true })
  since!: EdtfDateValue | null;

  @Field(() => EdtfDateValue, { nullable: true })
  until!: EdtfDateValue | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => Node, { description: 'The node at the other end' })
  other!: Node;
}
