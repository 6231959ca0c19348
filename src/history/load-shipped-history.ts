import type { Executor } from '../db/executor';
import type { Logger } from '../logger';
import { fromProjectRoot } from '../project-root';
import { HistoryImportService } from './history-import.service';
import { HistoryRepository } from './history.repository';
import { readHistoryFile } from './read-history-file';

export const SHIPPED_HISTORY = fromProjectRoot('seeds/history/measures.csv');

/**
 * Imports the history shipped with the project (real measures from public reporting). Called on an
 * empty graph, after the seed reports. A shipped table that does not import is a bug: it stops the start.
 */
export async function loadShippedHistory(executor: Executor, logger: Logger): Promise<void> {
  const started = Date.now();
  const summary = await new HistoryImportService(new HistoryRepository(executor)).import(
    readHistoryFile(SHIPPED_HISTORY),
  );
  if (summary.rejected > 0) {
    const problems = summary.problems.map((problem) => `  ${problem.path}: ${problem.message}`).join('\n');
    throw new Error(`The shipped history does not import:\n${problems}`);
  }
  logger.info(
    { rows: summary.rows, created: summary.created, links: summary.links, ms: Date.now() - started },
    'shipped history loaded into the empty graph',
  );
}
