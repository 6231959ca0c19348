import type { Executor } from '../db/executor';
import { HistoryImportService, MEASURE_WRITERS } from '../history/history-import.service';
import { HistoryRepository } from '../history/history.repository';
import type { HistoryTable } from '../history/history-table';
import { preparedMeasures } from '../history/prepare-history';
import { TableCheck } from '../history/table-check';
import { BenchRepository } from './bench.repository';
import { timed } from './latency';

export interface ImportResult {
  rows: number;
  links: number;
  seconds: number;
  rowsPerSecond: number;
  /** The same measures written by a bare `UNWIND … CREATE` with their state relationships, same run. */
  ceilingSeconds: number;
  ceilingRowsPerSecond: number;
  /** rowsPerSecond over ceilingRowsPerSecond. */
  ratioToCeiling: number;
  /** Transactions of measures written at once: by the import, and by the ceiling. */
  writers: number;
  ceilingWriters: number;
}

const CEILING_BATCH = 10_000;

/** The ceiling's rows, a batch at a time: the measures' stored properties and state ids. */
async function* ceilingBatches(table: HistoryTable): AsyncGenerator<Array<Record<string, unknown>>> {
  const check = new TableCheck();
  for await (const chunk of table.chunks()) for (const value of chunk) check.row(value);
  const verdict = check.finish();
  if (verdict.problems.length > 0)
    throw new Error(`synthetic rows rejected: ${JSON.stringify(verdict.problems.slice(0, 3))}`);
  for await (const batch of preparedMeasures(table, verdict, CEILING_BATCH)) {
    yield batch.map((event) => ({
      ...event.props,
      id: event.id,
      actor: event.actors[0],
      targets: event.targets,
    }));
  }
}

/**
 * Empties the bench graph of events, writes the ceiling (one writer, batches of 10,000, each made
 * before its write is timed), empties it again, then imports the same table as `npm run import`
 * would.
 */
export async function measureImport(executor: Executor, table: HistoryTable): Promise<ImportResult> {
  const bench = new BenchRepository(executor);
  await bench.wipeEvents();
  let ceilingMs = 0;
  for await (const batch of ceilingBatches(table)) {
    const [ms] = await timed(() => bench.writeCeilingBatch(batch));
    ceilingMs += ms;
  }
  await bench.wipeEvents();
  const [ms, summary] = await timed(() =>
    new HistoryImportService(new HistoryRepository(executor)).import(table),
  );
  if (summary.rejected > 0)
    throw new Error(`synthetic rows rejected: ${JSON.stringify(summary.problems.slice(0, 3))}`);
  const rows = summary.rows;
  const rowsPerSecond = Math.round(rows / (ms / 1000));
  const ceilingRowsPerSecond = Math.round(rows / (ceilingMs / 1000));
  return {
    rows,
    links: summary.links,
    seconds: Math.round(ms / 10) / 100,
    rowsPerSecond,
    ceilingSeconds: Math.round(ceilingMs / 10) / 100,
    ceilingRowsPerSecond,
    ratioToCeiling: Math.round((rowsPerSecond / ceilingRowsPerSecond) * 100) / 100,
    writers: MEASURE_WRITERS,
    ceilingWriters: 1,
  };
}
