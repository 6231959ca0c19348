import { canonicalHash } from '../domain/canonical-hash';
import type { EntityInput } from './entity.input';
import { DEFAULT_EVENT_CODING } from '../domain/event-coding';
import type { EventInput } from './event.input';
import { edtfProperties } from '../domain/graph-date';
import type { RelationInput } from './relation.input';
import { ActorType } from '../domain/vocabulary';
import type { PreparedEntity, PreparedEvent, PreparedRelation } from '../graph-write/prepared-rows';

const LABELS = {
  [ActorType.ORGANIZATION]: 'Organization',
  [ActorType.PERSON]: 'Person',
  [ActorType.GROUP]: 'Group',
} as const;

/** The properties that are set: undefined and null are left out, so they never erase a stored value. */
export function defined(props: Record<string, unknown>): Record<string, unknown> {
  const set: Record<string, unknown> = {};
  for (const key in props) {
    const value = props[key];
    if (value !== undefined && value !== null) set[key] = value;
  }
  return set;
}

export function relationId(type: string, from: string, to: string): string {
  return `rel:${canonicalHash([type, from, to], 20)}`;
}

export function prepareEntity(entity: EntityInput): PreparedEntity {
  return {
    id: entity.id,
    label: LABELS[entity.type as keyof typeof LABELS],
    aliases: entity.aliases ?? [],
    props: defined({
      name: entity.name,
      description: entity.description,
      kind: entity.kind,
      count: entity.count,
      wikidataId: entity.wikidataId,
    }),
  };
}

/** Event rows with CAMEO and PLOVER codes defaulted from the type, and EDTF dates with their bounds. */
export function prepareEvent(event: EventInput): PreparedEvent {
  const coding = DEFAULT_EVENT_CODING[event.type];
  return {
    id: event.id,
    actors: event.actors,
    targets: event.targets,
    expelled: event.expelled ?? [],
    props: defined({
      type: event.type,
      title: event.title,
      description: event.description,
      secret: event.secret,
      count: event.count,
      form: event.form,
      statedReason: event.statedReason,
      location: event.location,
      cameoCode: event.cameoCode ?? coding.cameoCode,
      goldstein: event.goldstein ?? coding.goldstein,
      // Whether the code and score came from the type's default, so a corrected default can be
      // applied to stored events without touching what a report stated.
      cameoDefaulted: event.cameoCode === undefined,
      goldsteinDefaulted: event.goldstein === undefined,
      ploverCategory: event.ploverCategory ?? coding.ploverCategory,
      ploverMode: event.ploverMode ?? coding.ploverMode,
      ...edtfProperties('date', event.date),
      ...edtfProperties('disclosed', event.disclosed),
    }),
  };
}

export function prepareRelation(relation: RelationInput): PreparedRelation {
  return {
    id: relation.id ?? relationId(relation.type, relation.from, relation.to),
    type: relation.type,
    from: relation.from,
    to: relation.to,
    props: defined({
      basis: relation.basis,
      confidence: relation.confidence,
      role: relation.role,
      note: relation.note,
      ...edtfProperties('since', relation.since),
      ...edtfProperties('until', relation.until),
    }),
  };
}
