import { Field, Int, ObjectType } from 'type-graphql';
import { EdtfDateValue } from '../domain/edtf-date.type';
import { Node } from './node.type';
import { ClaimStance, Reliability, SourceKind } from '../domain/vocabulary';
import '../domain/vocabulary-graphql';

@ObjectType({
  implements: Node,
  description: 'An article, or a part of one such as a reader comment, that states facts',
})
export class Source extends Node {
  @Field(() => SourceKind)
  kind!: SourceKind;

  @Field(() => String, { nullable: true, description: 'Null for parts such as comments' })
  title!: string | null;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => String, { nullable: true, description: 'Language of the text as held' })
  language!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Language of the original, when the text is a translation',
  })
  originalLanguage!: string | null;

  @Field(() => String, { nullable: true, description: 'Author or handle of a part' })
  author!: string | null;

  @Field(() => EdtfDateValue, { nullable: true })
  published!: EdtfDateValue | null;

  @Field(() => Reliability, { description: 'Admiralty grade of the source' })
  reliability!: Reliability;

  @Field(() => String, { nullable: true })
  reliabilityNote!: string | null;
}

@ObjectType({ implements: Node, description: 'What one source states about one fact, in its own words' })
export class Claim extends Node {
  @Field({ description: 'Id of the event, actor or relation it is about' })
  subjectId!: string;

  @Field({ description: 'What it states: occurred, date, count, actor, reason...' })
  property!: string;

  @Field(() => String, { nullable: true })
  value!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The words of the source; null when a table gives the figure with its own note instead',
  })
  quote!: string | null;

  @Field(() => Int, { description: 'Admiralty credibility of the information, 1 (confirmed) to 6' })
  credibility!: number;

  @Field(() => ClaimStance)
  stance!: ClaimStance;

  @Field(() => String, { nullable: true })
  note!: string | null;

  /** Set when the source was read together with the claim; otherwise its field resolver loads it. */
  knownSource?: Source;
}

@ObjectType({ implements: Node, description: 'One ingested report: the unit of ingest, with its notes' })
export class Report extends Node {
  @Field(() => String, {
    nullable: true,
    description: 'How it was made: dates resolved, identities inferred',
  })
  notes!: string | null;

  @Field(() => Int)
  formatVersion!: number;

  @Field(() => String, { nullable: true })
  ingestedAt!: string | null;
}
