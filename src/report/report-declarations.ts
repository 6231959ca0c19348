import type { NodeDeclaration, RelationDeclaration } from '../graph-write/id-declarations';
import type { PreparedReport } from './prepared-report';

/**
 * Every id a report writes, with where it is in the document and what it must name: the report,
 * its source and the entities and events it declares are shared; its claims and the parts of its
 * source are its own.
 */
export function reportDeclarations(report: PreparedReport): {
  nodes: NodeDeclaration[];
  relations: RelationDeclaration[];
} {
  const owner = report.id;
  return {
    nodes: [
      { id: report.id, path: 'id', kind: 'Report', owner: null },
      { id: report.source.id, path: 'source.id', kind: 'Source', owner: null },
      ...report.source.parts.map((part, i) => ({
        id: part.id,
        path: `source.parts[${i}].id`,
        kind: 'Source' as const,
        owner,
      })),
      ...report.entities.map((entity, i) => ({
        id: entity.id,
        path: `entities[${i}].id`,
        kind: entity.label,
        owner: null,
      })),
      ...report.events.map((event, i) => ({
        id: event.id,
        path: `events[${i}].id`,
        kind: 'Event' as const,
        owner: null,
      })),
      ...report.claims.map((claim, i) => ({
        id: claim.id,
        path: `claims[${i}].id`,
        kind: 'Claim' as const,
        owner,
      })),
    ],
    relations: report.relations.map(({ id, type, from, to }, i) => ({
      id,
      path: `relations[${i}].id`,
      type,
      from,
      to,
    })),
  };
}
