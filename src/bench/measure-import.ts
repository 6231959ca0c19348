import type { Executor } from '../db/executor';
import { HistoryImportService } from '../history/history-import.service';
import { HistoryRepository } from '../history/history.repository';
import { prepareHistory } from '../history/prepare-history';
import { BenchRepository } from './bench.repository';
import { timed } from './latency';
import type { SyntheticRow } from './synthetic-world';

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
}

const CEILING_BATCH = 10_000;

/** The ceiling's rows, made before the clock starts: the measures' stored properties and state ids. */
function ceilingRows(rows: SyntheticRow[]): Array<Record<string, unknown>> {
  const { prepared, problems } = prepareHistory(rows as unknown as Record<string, unknown>[]);
  if (!prepared) throw new Error(`synthetic rows rejected: ${JSON.stringify(problems.slice(0, 3))}`);
  return prepared.events.map((event) => ({
    ...event.props,
    id: event.id,
    actor: event.actors[0],
    targets: event.targets,
  }));
}

/**
 * Empties the bench graph of events, writes the ceiling (one writer, batches of 10,000), empties it
 * again, then imports the same rows as `npm run import` would.
 */
export async function measureImport(executor: Executor, rows: SyntheticRow[]): Promise<ImportResult> {
  const bench = new BenchRepository(executor);
  const ready = ceilingRows(rows);
  await bench.wipeEvents();
  const [ceilingMs] = await timed(async () => {
    for (let start = 0; start < ready.length; start += CEILING_BATCH)
      await bench.writeCeilingBatch(ready.slice(start, start + CEILING_BATCH));
  });
  await bench.wipeEvents();
  const [ms, summary] = await timed(() =>
    new HistoryImportService(new HistoryRepository(executor)).import(
      rows as unknown as Record<string, unknown>[],
    ),
  );
  if (summary.rejected > 0)
    throw new Error(`synthetic rows rejected: ${JSON.stringify(summary.problems.slice(0, 3))}`);
  const rowsPerSecond = Math.round(rows.length / (ms / 1000));
  const ceilingRowsPerSecond = Math.round(rows.length / (ceilingMs / 1000));
  return {
    rows: rows.length,
    links: summary.links,
    seconds: Math.round(ms / 10) / 100,
    rowsPerSecond,
    ceilingSeconds: Math.round(ceilingMs / 10) / 100,
    ceilingRowsPerSecond,
    ratioToCeiling: Math.round((rowsPerSecond / ceilingRowsPerSecond) * 100) / 100,
  };
}
