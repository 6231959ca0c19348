import type { Row } from '../graph/graph-read.repository';
import { MergeAudit } from './merge-audit.type';

export function toMergeAudit(row: Row): MergeAudit {
  return Object.assign(new MergeAudit(), {
    id: row['id'] as string,
    keptId: row['keptId'] as string,
    mergedId: row['mergedId'] as string,
    mergedName: (row['mergedName'] as string | undefined) ?? null,
    mergedSnapshot: row['mergedSnapshot'] as string,
    reason: row['reason'] as string,
    mergedBy: row['mergedBy'] as string,
    mergedAt: row['mergedAt'] as string,
    movedRelationships: row['movedRelationships'] as number,
    movedClaims: row['movedClaims'] as number,
  });
}
