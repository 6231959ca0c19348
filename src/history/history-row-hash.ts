import { createHash } from 'node:crypto';
import type { HistoryRowInput } from './history-row.input';

/**
 * The import hash of a checked row: canonicalHash(row, 20) without its generic walk and key sort.
 * A checked row holds only the table's columns, so its canonical JSON is the object written with
 * the columns in sorted order (JSON.stringify leaves out undefined values as canonicalHash does).
 */
export function historyRowHash(row: HistoryRowInput): string {
  const sorted = {
    actor: row.actor,
    count: row.count,
    date: row.date,
    id: row.id,
    measure: row.measure,
    notes: row.notes,
    responds_to: row.responds_to,
    source_url: row.source_url,
    target: row.target,
  };
  return createHash('sha256').update(JSON.stringify(sorted)).digest('hex').slice(0, 20);
}
