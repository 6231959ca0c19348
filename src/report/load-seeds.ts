import type { Executor } from '../db/executor';
import type { Logger } from '../logger';
import { fromProjectRoot } from '../project-root';
import { IngestService } from './ingest.service';
import { formatSummary } from './print-summary';
import { readReportFiles } from './read-report-files';
import { ReportRepository } from './report.repository';

export const SEEDS_DIR = fromProjectRoot('seeds');

/** Ingests seeds/ when the graph holds no report yet. A seed that does not validate is a bug: it stops the start. */
export async function loadSeedsIfEmpty(executor: Executor, logger: Logger): Promise<boolean> {
  const repository = new ReportRepository(executor);
  if ((await repository.countReports()) > 0) return false;
  const summary = await new IngestService(repository).ingest(readReportFiles([SEEDS_DIR]));
  if (summary.totals.rejected > 0) {
    throw new Error(`The seed reports do not validate:\n${formatSummary(summary, false)}`);
  }
  logger.info({ ...summary.totals, ...summary.writes }, 'seed reports loaded into the empty graph');
  return true;
}
