import type { Problem } from '../domain/problems';
import type { HistoryRepository } from './history.repository';
import { checkHistory, historyEventId, prepareMeasure } from './prepare-history';
import { ConflictError } from '../domain/errors';

export const HISTORY_BATCH_SIZE = 5_000;

export interface HistorySummary {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  links: number;
  problems: Problem[];
  /** Rejected because a row id names something the table does not own. */
  conflict?: boolean;
}

/** Batches written at once: Neo4j commits one while the next is sent. */
const WRITERS = 2;

async function inParallel<T>(items: T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
}

function chunks<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) =>
    items.slice(index * size, (index + 1) * size),
  );
}

/**
 * Imports a table of measures: every row is checked first and any problem rejects the whole table
 * with nothing written; then measures are prepared and written in batches (one transaction each),
 * then the stated links. Rows whose content is stored already are skipped, so a rerun changes nothing.
 */
export class HistoryImportService {
  constructor(private readonly repository: HistoryRepository) {}

  async import(
    raw: Record<string, unknown>[],
    onProgress: (done: number, total: number) => void = () => undefined,
  ): Promise<HistorySummary> {
    const { problems, checked: prepared } = checkHistory(raw);
    const rejected = (found: Problem[]): HistorySummary => ({
      rows: raw.length,
      created: 0,
      updated: 0,
      unchanged: 0,
      rejected: raw.length,
      links: 0,
      problems: found,
    });
    if (!prepared) return rejected(problems);

    const externalIds = [...prepared.external.keys()];
    const found = await this.repository.findExisting(externalIds);
    const missing = externalIds.filter((id) => !found.has(id));
    if (missing.length > 0) {
      return rejected(
        missing.flatMap((id) =>
          (prepared.external.get(id) ?? []).map((path) => ({
            path,
            message: `"${id.slice('event:'.length)}" is neither a row of this table nor in the graph`,
          })),
        ),
      );
    }

    const ids = prepared.rows.map(({ row }) => historyEventId(row.id));
    const stored = new Map<string, string | null>();
    await inParallel(chunks(ids, HISTORY_BATCH_SIZE), WRITERS, async (batch) => {
      for (const [id, hash] of await this.repository.storedHashes(batch)) stored.set(id, hash);
    });
    const conflicts = ids
      .filter((id) => stored.has(id) && stored.get(id) === null)
      .map((id) => ({
        path: `${prepared.rowOf.get(id)}.id`,
        message: `"${id}" is already in the graph, declared by a report or an analyst: a table only writes its own measures`,
      }));
    if (conflicts.length > 0) return { ...rejected(conflicts), conflict: true };

    const summary: HistorySummary = {
      rows: raw.length,
      created: 0,
      updated: 0,
      unchanged: 0,
      rejected: 0,
      links: 0,
      problems: [],
    };
    const total = prepared.rows.length + prepared.links.length;
    let done = 0;
    await inParallel(chunks(prepared.rows, HISTORY_BATCH_SIZE), WRITERS, async (rows) => {
      // Prepared when a writer takes the batch, while Neo4j commits the other writer's.
      const batch = rows.map(prepareMeasure);
      const changed = batch.filter((event) => stored.get(event.id) !== event.props['importHash']);
      for (const event of batch) {
        if (!stored.has(event.id)) summary.created += 1;
        else if (stored.get(event.id) === event.props['importHash']) summary.unchanged += 1;
        else summary.updated += 1;
      }
      if (changed.length > 0) {
        const created = changed.filter((event) => !stored.has(event.id));
        const updated = changed.filter((event) => stored.has(event.id));
        try {
          await this.repository.writeMeasures({ created, changed: updated });
        } catch (error) {
          if (!(error instanceof ConflictError)) throw error;
          // Another import created some of these measures after they were looked up: merge them all.
          await this.repository.writeMeasures({ created: [], changed });
        }
      }
      done += batch.length;
      onProgress(done, total);
    });
    await inParallel(chunks(prepared.links, HISTORY_BATCH_SIZE), WRITERS, async (batch) => {
      await this.repository.writeStatedLinks(batch);
      summary.links += batch.length;
      done += batch.length;
      onProgress(done, total);
    });
    return summary;
  }
}
