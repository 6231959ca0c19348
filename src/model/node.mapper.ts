import { toActor } from './actor.mapper';
import { toMergeAudit } from './merge-audit.mapper';
import { toEvent } from './event.mapper';
import { toClaim, toReport, toSource } from './provenance.mapper';
import type { Row } from '../graph/graph-read.repository';
import type { Node } from './node.type';

const ACTOR_LABELS = ['State', 'Organization', 'Person', 'Group'];

/** Any node row as its GraphQL class, chosen by its labels; null for nodes the API does not show. */
export function toNode(row: Row): Node | null {
  const labels = (row['labels'] as string[] | undefined) ?? [];
  if (labels.includes('Event')) return toEvent(row);
  if (labels.some((label) => ACTOR_LABELS.includes(label))) return toActor(row);
  if (labels.includes('Claim')) return toClaim(row);
  if (labels.includes('Source')) return toSource(row);
  if (labels.includes('Report')) return toReport(row);
  if (labels.includes('MergeAudit')) return toMergeAudit(row);
  return null;
}
