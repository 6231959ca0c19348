import { ActorType, type OrganizationKind } from '../report/report-vocabulary';
import type { Actor, Group, Organization, State } from './actor.type';

const TYPE_BY_LABEL: Record<string, ActorType> = {
  State: ActorType.STATE,
  Organization: ActorType.ORGANIZATION,
  Person: ActorType.PERSON,
  Group: ActorType.GROUP,
};

/** An actor node projected as `a { .*, labels: labels(a) }`. */
export function toActor(node: Record<string, unknown>): Actor {
  const labels = (node['labels'] as string[] | undefined) ?? [];
  const type = labels.map((label) => TYPE_BY_LABEL[label]).find(Boolean) ?? ActorType.ORGANIZATION;
  const base = {
    id: node['id'] as string,
    type,
    name: (node['name'] as string | undefined) ?? null,
    description: (node['description'] as string | undefined) ?? null,
    aliases: (node['aliases'] as string[] | undefined) ?? [],
    wikidataId: (node['wikidataId'] as string | undefined) ?? null,
  };
  switch (type) {
    case ActorType.STATE:
      return { ...base, iso2: node['iso2'], iso3: node['iso3'] } as State;
    case ActorType.ORGANIZATION:
      return { ...base, kind: node['kind'] as OrganizationKind } as Organization;
    case ActorType.GROUP:
      return { ...base, count: (node['count'] as number | undefined) ?? null } as Group;
    default:
      return base;
  }
}
