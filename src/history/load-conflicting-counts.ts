import { cypherFile } from '../db/cypher-file';
import type { Executor } from '../db/executor';
import { toPlain } from '../db/to-plain';
import type { Logger } from '../logger';
import { COUNT_REPORT_PREFIX, conflictingCountClaims, readConflictingCounts } from './conflicting-counts';

const WRITE_CONFLICTING_COUNTS = cypherFile('history/conflicting-counts.cypher');

const REPORT_NOTES =
  'Figures this source gives for the count of a measure of the shipped history that differ from the ' +
  "table's (seeds/history/conflicting-counts.csv). Each note is the project's summary, not the source's words.";

/**
 * Writes the other figures given for the counts of shipped measures as claims, for the measures in
 * the graph. Runs at every start: a rerun changes nothing. A file that does not read is a bug.
 */
export async function loadConflictingCounts(
  executor: Executor,
  logger: Logger,
  file?: string,
): Promise<number> {
  const { problems, claims } = conflictingCountClaims(readConflictingCounts(file));
  if (problems.length > 0) {
    const listed = problems.map((problem) => `  ${problem.path}: ${problem.message}`).join('\n');
    throw new Error(`The shipped conflicting counts do not load:\n${listed}`);
  }
  const { records } = await executor.write(WRITE_CONFLICTING_COUNTS, {
    claims,
    notes: REPORT_NOTES,
    reportPrefix: COUNT_REPORT_PREFIX,
  });
  const written = (toPlain(records[0]?.get('written')) as number | undefined) ?? 0;
  if (written > 0)
    logger.info({ claims: written }, 'conflicting counts of the shipped history held as claims');
  return written;
}
