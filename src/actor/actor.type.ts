import { Field, ID, Int, InterfaceType, ObjectType } from 'type-graphql';
import { ActorType, OrganizationKind } from '../report/report-vocabulary';
import '../report/vocabulary-graphql';

@InterfaceType({
  description: 'A state, organisation, person or group that acts or is acted upon',
  resolveType: (actor: Actor) => ACTOR_TYPE_NAMES[actor.type],
})
export abstract class Actor {
  @Field(() => ID)
  id!: string;

  @Field(() => ActorType)
  type!: ActorType;

  @Field(() => String, { nullable: true, description: 'Null for unnamed people and groups' })
  name!: string | null;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => [String], { description: 'Other names, spellings and languages' })
  aliases!: string[];

  @Field(() => String, { nullable: true, description: 'Wikidata QID, when confirmed' })
  wikidataId!: string | null;
}

@ObjectType({ implements: Actor, description: 'A state, identified by its ISO 3166-1 codes' })
export class State extends Actor {
  @Field()
  iso2!: string;

  @Field()
  iso3!: string;
}

@ObjectType({ implements: Actor, description: 'An agency, ministry, diplomatic mission, outlet...' })
export class Organization extends Actor {
  @Field(() => OrganizationKind)
  kind!: OrganizationKind;
}

@ObjectType({ implements: Actor, description: 'A person, named or not' })
export class Person extends Actor {}

@ObjectType({ implements: Actor, description: 'People not named one by one, such as "six Russian agents"' })
export class Group extends Actor {
  @Field(() => Int, { nullable: true, description: 'How many, when stated' })
  count!: number | null;
}

const ACTOR_TYPE_NAMES: Record<ActorType, string> = {
  [ActorType.STATE]: 'State',
  [ActorType.ORGANIZATION]: 'Organization',
  [ActorType.PERSON]: 'Person',
  [ActorType.GROUP]: 'Group',
};
