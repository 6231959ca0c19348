import { ReferenceChecker } from './reference-checker';
import { idKind } from '../domain/id-kinds';
import type { Problem } from '../domain/problems';
import type { ReportInput } from './report.input';
import { ACTOR_KINDS } from '../domain/id-kinds';
import { OrganizationKind } from '../domain/vocabulary';

export interface ReportCheck {
  problems: Problem[];
  /** Ids the report refers to but does not declare, with where: they must already be in the graph. */
  external: Map<string, string[]>;
}

/**
 * Checks what class-validator cannot see: duplicate ids, id prefixes, the kinds at each end of a
 * reference, and references to things neither declared here nor in the state reference.
 */
export function checkReport(report: ReportInput): ReportCheck {
  const checker = new ReferenceChecker();
  const { problems } = checker;
  const { source } = report;

  checker.declare(source.id, 'source.id');
  source.parts?.forEach((part, i) => checker.declare(part.id, `source.parts[${i}].id`));
  report.entities.forEach((entity, i) => {
    checker.declare(entity.id, `entities[${i}].id`);
    checker.entity(entity, `entities[${i}]`);
  });
  report.events.forEach((event, i) => checker.declare(event.id, `events[${i}].id`));
  report.relations.forEach((relation, i) => {
    if (relation.id === undefined) return;
    checker.declare(relation.id, `relations[${i}].id`);
    if (idKind(relation.id) !== 'rel')
      problems.push({ path: `relations[${i}].id`, message: 'a relation id must start with "rel:"' });
  });
  report.claims.forEach((claim, i) => {
    if (claim.id === undefined) return;
    checker.declare(claim.id, `claims[${i}].id`);
    if (idKind(claim.id) !== 'claim')
      problems.push({ path: `claims[${i}].id`, message: 'a claim id must start with "claim:"' });
  });

  if (source.outlet !== undefined) {
    checker.refer(source.outlet, 'source.outlet', ['org'], 'an outlet');
    const outlet = report.entities.find((entity) => entity.id === source.outlet);
    if (outlet && outlet.kind !== OrganizationKind.OUTLET) {
      problems.push({
        path: 'source.outlet',
        message: `"${outlet.id}" is declared with kind ${outlet.kind}, not OUTLET`,
      });
    }
  }
  source.cites?.forEach((citation, i) =>
    checker.refer(citation.target, `source.cites[${i}].target`, ['org', 'source'], 'an outlet or a source'),
  );
  report.events.forEach((event, i) => checker.eventReferences(event, `events[${i}]`));
  report.relations.forEach((relation, i) => checker.relation(relation, `relations[${i}]`));

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
      checker.refer(
        claim.subject,
        `${path}.subject`,
        [...ACTOR_KINDS, 'event'],
        'an event, entity or relation',
      );
    }
  });

  return { problems, external: checker.external };
}
