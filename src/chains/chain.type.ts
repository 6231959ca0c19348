import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ProportionKind } from '../domain/retaliation-metrics';
import { Event, RetaliationLink } from '../model/event.type';

export enum ChainScope {
  LINEAGE = 'LINEAGE',
  COMPONENT = 'COMPONENT',
}

export enum ChainOrder {
  LENGTH = 'LENGTH',
  ESCALATION = 'ESCALATION',
}

registerEnumType(ProportionKind, {
  name: 'ProportionKind',
  description: 'Answered count equal to, above or below the provoking count',
});
registerEnumType(ChainScope, {
  name: 'ChainScope',
  description:
    'LINEAGE: what it answered and what answered it; COMPONENT: everything linked in either direction',
});
registerEnumType(ChainOrder, { name: 'ChainOrder' });

@ObjectType({ description: 'Days between two dates, over their uncertainty; null when a bound is unknown' })
export class DayRange {
  @Field(() => Int, { nullable: true })
  min!: number | null;

  @Field(() => Int, { nullable: true })
  max!: number | null;
}

@ObjectType({ description: 'How many the answer expelled against how many the acts it answered expelled' })
export class Proportion {
  @Field(() => Int, { nullable: true })
  answered!: number | null;

  @Field(() => Int, { nullable: true })
  provoked!: number | null;

  @Field(() => Float, { nullable: true })
  ratio!: number | null;

  @Field(() => ProportionKind)
  kind!: ProportionKind;
}

@ObjectType({ description: "One side's measures and people expelled so far" })
export class SideTotal {
  @Field({ description: 'State id, such as state:RU' })
  stateId!: string;

  @Field(() => Int)
  measures!: number;

  @Field(() => Int)
  expelled!: number;
}

@ObjectType({ description: 'A link of a chain with its metrics' })
export class ChainLink {
  @Field(() => RetaliationLink)
  link!: RetaliationLink;

  @Field({ description: 'true for a proposed (inferred, not yet confirmed) link' })
  proposed!: boolean;

  @Field(() => DayRange, { description: 'Days from the act to the answer' })
  lagDays!: DayRange;

  @Field(() => Proportion)
  proportion!: Proportion;
}

@ObjectType({ description: 'An event of a chain, in time order, with the running totals after it' })
export class ChainStep {
  @Field(() => Event)
  event!: Event;

  @Field(() => [String], { description: 'States that took the measure' })
  actorStates!: string[];

  @Field(() => [String], { description: 'States it targeted' })
  targetStates!: string[];

  @Field(() => [SideTotal], {
    description: 'Measures and people expelled per side, up to and including this event',
  })
  cumulative!: SideTotal[];
}

@ObjectType({
  description:
    'Retaliation as a graph (steps and links) and as a timeline (steps in time order), within maxEvents and maxLinks',
})
export class Chain {
  @Field(() => [ChainStep], { description: 'Events in time order (at most maxEvents)' })
  steps!: ChainStep[];

  @Field(() => [ChainLink], { description: 'Links among the steps (at most maxLinks)' })
  links!: ChainLink[];

  @Field(() => [String], { description: 'States that took the first measure, among the steps returned' })
  startedBy!: string[];

  @Field(() => [SideTotal], { description: 'Totals per side over the steps returned' })
  sides!: SideTotal[];

  @Field(() => Int, {
    description:
      'Net people expelled beyond what was answered, summed over the answers among the links returned, with known counts',
  })
  escalation!: number;

  @Field(() => DayRange, { description: 'Days from the first to the last step returned' })
  span!: DayRange;

  @Field({
    description: 'More events or links lie beyond maxEvents or maxLinks; the metrics describe what is shown',
  })
  truncated!: boolean;
}
