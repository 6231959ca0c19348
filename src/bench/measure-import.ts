import type { Executor } from '../db/executor';
import { HistoryImportService } from '../history/history-import.service';
import { HistoryRepository } from '../history/history.repository';
import { BenchRepository } from './bench.repository';
import { timed } from './latency';
import type { SyntheticRow } from './synthetic-world';

export interface ImportResult {
  rows: number;
  links: number;
  seconds: number;
  rowsPerSecond: number;
}

/** Empties the bench graph of events, then imports the rows as `npm run import` would. */
export async function measureImport(executor: Executor, rows: SyntheticRow[]): Promise<ImportResult> {
  await new BenchRepository(executor).wipeEvents();
  const [ms, summary] = await timed(() =>
    new HistoryImportService(new HistoryRepository(executor)).import(
      rows as unknown as Record<string, unknown>[],
    ),
  );
  if (summary.rejected > 0)
    throw new Error(`synthetic rows rejected: ${JSON.stringify(summary.problems.slice(0, 3))}`);
  return {
    rows: rows.length,
    links: summary.links,
    seconds: Math.round(ms / 10) / 100,
    rowsPerSecond: Math.round(rows.length / (ms / 1000)),
  };
}
