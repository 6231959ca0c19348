import { RelationType } from './vocabulary';

/** What an id names, read from its prefix: state, org, person, group, event, source, rel, claim, report. */
export function idKind(id: string): string {
  return id.slice(0, id.indexOf(':'));
}

export const ACTOR_KINDS: readonly string[] = ['state', 'org', 'person', 'group'];
export const PEOPLE_KINDS: readonly string[] = ['person', 'group'];

/** Allowed kinds at each end of each relation type. */
export const RELATION_ENDS: Record<RelationType, { from: readonly string[]; to: readonly string[] }> = {
  [RelationType.RETALIATED_AGAINST]: { from: ['event'], to: ['event'] },
  [RelationType.RESULTED_FROM]: { from: ['event'], to: ['event'] },
  [RelationType.PART_OF]: { from: ['org'], to: ['org'] },
  [RelationType.BELONGS_TO]: { from: ['org'], to: ['state'] },
  [RelationType.ACCREDITED_TO]: { from: ['org'], to: ['state'] },
  [RelationType.HOLDS_ROLE]: { from: ['person'], to: ['org', 'state'] },
  [RelationType.MEMBER_OF]: { from: PEOPLE_KINDS, to: ['org'] },
  [RelationType.NATIONAL_OF]: { from: PEOPLE_KINDS, to: ['state'] },
  [RelationType.PARTICIPATED_IN]: { from: ACTOR_KINDS, to: ['event'] },
  [RelationType.CITES]: { from: ['org', 'source'], to: ['org', 'source'] },
};
