import { setImmediate as nextTurn } from 'node:timers/promises';

/** Rows handed on at once: few enough that a write in flight goes on between two chunks. */
export const TABLE_CHUNK = 1_000;

/**
 * A table of raw rows that can be read more than once, a chunk at a time: once to check every row
 * before anything is written, then again to write. A file is read afresh at each pass, so a table
 * of millions of rows is never held.
 */
export interface HistoryTable {
  chunks(): AsyncIterable<Record<string, unknown>[]>;
}

/** A table already in memory (a request's rows, a test's). */
export function tableOfRows(rows: Record<string, unknown>[]): HistoryTable {
  return {
    async *chunks() {
      for (let start = 0; start < rows.length; start += TABLE_CHUNK) {
        if (start > 0) await nextTurn();
        yield rows.slice(start, start + TABLE_CHUNK);
      }
    },
  };
}
