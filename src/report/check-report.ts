import { isKnownStateId } from '../reference/state-reference';
import { ACTOR_KINDS, PEOPLE_KINDS, RELATION_ENDS, idKind } from './reference-kinds';
import type { ReportProblem } from './report-problems';
import type { ReportInput } from './report.input';
import { ActorType, ID_PREFIX, OrganizationKind, RelationType } from './report-vocabulary';

export interface ReportCheck {
  problems: ReportProblem[];
  /** Ids the report refers to but does not declare, with where: they must already be in the graph. */
  external: Map<string, string[]>;
}

/**
 * Checks what class-validator cannot see: duplicate ids, id prefixes, the kinds at each end of a
 * reference, and references to things neither declared here nor in the state reference.
 */
export function checkReport(report: ReportInput): ReportCheck {
  const problems: ReportProblem[] = [];
  const external = new Map<string, string[]>();
  const declared = new Map<string, string>();

  const declare = (id: string, path: string) => {
    const first = declared.get(id);
    if (first) problems.push({ path, message: `duplicate id "${id}" (first declared at ${first})` });
    else declared.set(id, path);
  };

  declare(report.source.id, 'source.id');
  report.source.parts?.forEach((part, i) => declare(part.id, `source.parts[${i}].id`));
  report.entities.forEach((entity, i) => {
    const path = `entities[${i}]`;
    declare(entity.id, `${path}.id`);
    if (entity.type === ActorType.STATE) {
      problems.push({
        path: `${path}.type`,
        message:
          'states come from the ISO 3166-1 reference: refer to them as state:XX instead of declaring them',
      });
    } else if (idKind(entity.id) !== ID_PREFIX[entity.type]) {
      problems.push({
        path: `${path}.id`,
        message: `the id of an entity of type ${entity.type} must start with "${ID_PREFIX[entity.type]}:"`,
      });
    }
  });
  report.events.forEach((event, i) => declare(event.id, `events[${i}].id`));
  report.relations.forEach((relation, i) => {
    if (relation.id !== undefined) {
      declare(relation.id, `relations[${i}].id`);
      if (idKind(relation.id) !== 'rel')
        problems.push({ path: `relations[${i}].id`, message: 'a relation id must start with "rel:"' });
    }
  });
  report.claims.forEach((claim, i) => {
    if (claim.id === undefined) return;
    declare(claim.id, `claims[${i}].id`);
    if (idKind(claim.id) !== 'claim')
      problems.push({ path: `claims[${i}].id`, message: 'a claim id must start with "claim:"' });
  });

  const refer = (id: string, path: string, kinds: readonly string[], what: string) => {
    if (!kinds.includes(idKind(id))) {
      problems.push({
        path,
        message: `"${id}" is not ${what} (expected an id starting with ${kinds.map((k) => `${k}:`).join(' or ')})`,
      });
    } else if (idKind(id) === 'state') {
      if (!isKnownStateId(id))
        problems.push({ path, message: `"${id}" is not an ISO 3166-1 alpha-2 state code` });
    } else if (!declared.has(id)) {
      external.set(id, [...(external.get(id) ?? []), path]);
    }
  };

  const { source } = report;
  if (source.outlet !== undefined) {
    refer(source.outlet, 'source.outlet', ['org'], 'an outlet');
    const outlet = report.entities.find((entity) => entity.id === source.outlet);
    if (outlet && outlet.kind !== OrganizationKind.OUTLET) {
      problems.push({
        path: 'source.outlet',
        message: `"${outlet.id}" is declared with kind ${outlet.kind}, not OUTLET`,
      });
    }
  }
  source.cites?.forEach((citation, i) =>
    refer(citation.target, `source.cites[${i}].target`, ['org', 'source'], 'an outlet or a source'),
  );

  report.events.forEach((event, i) => {
    event.actors.forEach((id, j) => refer(id, `events[${i}].actors[${j}]`, ACTOR_KINDS, 'an actor'));
    event.targets.forEach((id, j) => refer(id, `events[${i}].targets[${j}]`, ACTOR_KINDS, 'an actor'));
    event.expelled?.forEach((id, j) =>
      refer(id, `events[${i}].expelled[${j}]`, PEOPLE_KINDS, 'a person or group'),
    );
  });

  report.relations.forEach((relation, i) => {
    const ends = RELATION_ENDS[relation.type];
    refer(relation.from, `relations[${i}].from`, ends.from, `a valid start for ${relation.type}`);
    refer(relation.to, `relations[${i}].to`, ends.to, `a valid end for ${relation.type}`);
    if (relation.from === relation.to)
      problems.push({ path: `relations[${i}]`, message: 'a relation cannot link a node to itself' });
    if (
      relation.type !== RelationType.RETALIATED_AGAINST &&
      (relation.basis !== undefined || relation.confidence !== undefined)
    ) {
      problems.push({
        path: `relations[${i}]`,
        message: 'basis and confidence belong to RETALIATED_AGAINST only',
      });
    }
  });

  const partIds = new Set(source.parts?.map((part) => part.id));
  const relationIds = new Set(report.relations.map((relation) => relation.id));
  report.claims.forEach((claim, i) => {
    const path = `claims[${i}]`;
    if (claim.part !== undefined && !partIds.has(claim.part)) {
      problems.push({ path: `${path}.part`, message: `"${claim.part}" is not one of source.parts` });
    }
    if (idKind(claim.subject) === 'rel') {
      if (!relationIds.has(claim.subject)) {
        problems.push({
          path: `${path}.subject`,
          message: `relation "${claim.subject}" must be declared in this report's relations`,
        });
      }
    } else {
      refer(claim.subject, `${path}.subject`, [...ACTOR_KINDS, 'event'], 'an event, entity or relation');
    }
  });

  return { problems, external };
}
