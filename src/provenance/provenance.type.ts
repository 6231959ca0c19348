import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Organization } from '../actor/actor.type';
import { EdtfDateValue } from '../common/edtf-date.type';
import { ClaimStance, Reliability, SourceKind } from '../report/report-vocabulary';
import '../report/vocabulary-graphql';

@ObjectType({ description: 'An article, or a part of one such as a reader comment, that states facts' })
export class Source {
  @Field(() => ID)
  id!: string;

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

  @Field(() => Organization, { nullable: true, description: 'The outlet that published it, when known' })
  outlet!: Organization | null;

  @Field(() => Source, { nullable: true, description: 'For a part (a comment): the article it is under' })
  partOf!: Source | null;
}

@ObjectType({ description: 'What one source states about one fact, in its own words' })
export class Claim {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'What it states: occurred, date, count, actor, reason...' })
  property!: string;

  @Field(() => String, { nullable: true })
  value!: string | null;

  @Field({ description: 'The words of the source' })
  quote!: string;

  @Field(() => Int, { description: 'Admiralty credibility of the information, 1 (confirmed) to 6' })
  credibility!: number;

  @Field({ description: 'Admiralty code: source reliability and information credibility, such as B2' })
  grade!: string;

  @Field(() => ClaimStance)
  stance!: ClaimStance;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => Source)
  source!: Source;
}
