import type { Row } from '../graph/graph-read.repository';
import { ActorType, type OrganizationKind } from '../domain/vocabulary';
import { Group, Organization, Person, State, type Actor } from './actor.type';

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** An actor node row (`a {.*, labels: labels(a)}`) as its GraphQL class. */
export function toActor(node: Row): Actor {
  const labels = (node['labels'] as string[] | undefined) ?? [];
  const base = {
    id: node['id'] as string,
    name: str(node['name']),
    description: str(node['description']),
    aliases: (node['aliases'] as string[] | undefined) ?? [],
    wikidataId: str(node['wikidataId']),
  };
  if (labels.includes('State')) {
    return Object.assign(new State(), base, {
      type: ActorType.STATE,
      iso2: node['iso2'],
      iso3: node['iso3'],
    });
  }
  if (labels.includes('Person')) return Object.assign(new Person(), base, { type: ActorType.PERSON });
  if (labels.includes('Group')) {
    return Object.assign(new Group(), base, {
      type: ActorType.GROUP,
      count: (node['count'] as number | undefined) ?? null,
    });
  }
  return Object.assign(new Organization(), base, {
    type: ActorType.ORGANIZATION,
    kind: node['kind'] as OrganizationKind,
  });
}
