import type { Problem } from '../domain/problems';
import type { HistoryRepository } from './history.repository';
import { tableOfRows, type HistoryTable } from './history-table';
import { historySourceId, prepareMeasure, preparedMeasures, type PreparedMeasure } from './prepare-history';
import { historyEventId, TableCheck, type StatedLink, type TableVerdict } from './table-check';
import { ConflictError } from '../domain/errors';
import { measureColumns, type MeasureBatch } from './measure-columns';

export const HISTORY_BATCH_SIZE = 10_000;

/**
 * A small table is written in four batches (of at least 1,000 rows), so that the next batch's
 * columns and the links of the one before overlap its writes as a big table's do.
 */
const writeBatchSize = (rows: number) => Math.min(HISTORY_BATCH_SIZE, Math.max(1_000, Math.ceil(rows / 4)));

/**
 * Measures prepared during the check and kept for the writes, up to this many (about 300 MB): a
 * table of at most this many rows is parsed once; a longer one is read again for the writes.
 */
export const KEPT_MEASURES_BUDGET = 200_000;

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

/**
 * Measures are written two batches at a time, on disjoint rows, after the first batch alone: each
 * transaction runs its statement on a core of its own, and waits for the other only while the
 * other commits (both link to the same state and dyad nodes). Stated links are written two batches
 * at a time after the last batch.
 */
export const MEASURE_WRITERS = 2;
const LINK_WRITERS = 2;

/**
 * The table's stated links by the batch after whose write both their ends are in the graph (-1:
 * both were there before the import).
 */
function linksByBatch(verdict: TableVerdict, size: number): Map<number, StatedLink[]> {
  const batchOf = (eventId: string) => Math.floor((verdict.indexOf(eventId) ?? -size) / size);
  const byBatch = new Map<number, StatedLink[]>();
  for (const link of verdict.links()) {
    const batch = Math.max(batchOf(link.from), batchOf(link.to));
    const links = byBatch.get(batch);
    if (links) links.push(link);
    else byBatch.set(batch, [link]);
  }
  return byBatch;
}

/** Runs `work` on the items as they come, `width` at a time. */
async function inParallel<T>(
  items: Iterator<T>,
  width: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  const worker = async () => {
    for (let next = items.next(); !next.done; next = items.next()) await work(next.value);
  };
  await Promise.all(Array.from({ length: width }, worker));
}

function* chunked<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let chunk: T[] = [];
  for (const item of items) {
    chunk.push(item);
    if (chunk.length === size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

async function* keptBatches(kept: PreparedMeasure[], size: number): AsyncGenerator<PreparedMeasure[]> {
  for (let start = 0; start < kept.length; start += size) yield kept.slice(start, start + size);
}

function* where<T>(items: Iterable<T>, keep: (item: T) => boolean): Generator<T> {
  for (const item of items) if (keep(item)) yield item;
}

/**
 * Imports a table of measures in two passes over it, so that it is never held whole: the first
 * checks every row (any problem rejects the table with nothing written) while the stored hashes
 * of its ids are read; the second prepares the measures and writes them in batches (one
 * transaction each), then the stated links. Rows whose content is stored already are skipped, so
 * a rerun changes nothing.
 */
export class HistoryImportService {
  constructor(
    private readonly repository: HistoryRepository,
    private readonly keptMeasuresBudget = KEPT_MEASURES_BUDGET,
    private readonly measureWriters = MEASURE_WRITERS,
  ) {}

  async import(
    source: HistoryTable | Record<string, unknown>[],
    onProgress: (done: number, total: number) => void = () => undefined,
    /** Called after each batch with the event ids of the measures it created or changed. */
    onWritten: (eventIds: string[]) => void = () => undefined,
  ): Promise<HistorySummary> {
    const table = Array.isArray(source) ? tableOfRows(source) : source;
    const { verdict, stored, kept } = await this.check(table);
    const rejected = (found: Problem[]): HistorySummary => ({
      rows: verdict.rows,
      created: 0,
      updated: 0,
      unchanged: 0,
      rejected: verdict.rows,
      links: 0,
      problems: found,
    });
    if (verdict.problems.length > 0) return rejected(verdict.problems);

    const externalIds = [...verdict.external.keys()];
    const found = await this.repository.findExisting(externalIds);
    const missing = externalIds.filter((id) => !found.has(id));
    if (missing.length > 0) {
      return rejected(
        missing.flatMap((id) =>
          (verdict.external.get(id) ?? []).map((path) => ({
            path,
            message: `"${id.slice('event:'.length)}" is neither a row of this table nor in the graph`,
          })),
        ),
      );
    }

    const conflicts = [...where(verdict.eventIds(), (id) => stored.get(id) === null)].map((id) => ({
      path: `${verdict.rowOf(id)}.id`,
      message: `"${id}" is already in the graph, declared by a report or an analyst: a table only writes its own measures`,
    }));
    if (conflicts.length > 0) return { ...rejected(conflicts), conflict: true };

    const summary: HistorySummary = {
      rows: verdict.rows,
      created: 0,
      updated: 0,
      unchanged: 0,
      rejected: 0,
      links: 0,
      problems: [],
    };
    const total = verdict.measures + verdict.linkCount;
    let done = 0;
    const writeLinks = (answersCreated: boolean) => async (batch: StatedLink[]) => {
      try {
        await this.repository.writeStatedLinks(batch, answersCreated);
      } catch (error) {
        if (!answersCreated || !(error instanceof ConflictError)) throw error;
        // Another import wrote some of these links meanwhile (or the table states one twice): merge them.
        await this.repository.writeStatedLinks(batch);
      }
      summary.links += batch.length;
      done += batch.length;
      onProgress(done, total);
    };
    // Links from measures created here are new: created rather than merged.
    const writeLinkBatches = (links: StatedLink[], width: number) =>
      Promise.all(
        [true, false].map((answersCreated) =>
          inParallel(
            chunked(
              where(links, (link) => stored.has(link.from) !== answersCreated),
              HISTORY_BATCH_SIZE,
            ),
            width,
            writeLinks(answersCreated),
          ),
        ),
      ).then(() => undefined);
    // A link is written once both its ends are, beside the batches of measures after them: it locks
    // only the two measures, which those batches do not touch.
    const size = writeBatchSize(verdict.rows);
    const linksAfter = linksByBatch(verdict, size);
    // A source neither in the graph when the table was checked nor named by an earlier batch is
    // created; another import creating it meanwhile fails the batch, which is then merged.
    const named = new Set<string>();
    const isNewSource = (sourceId: string) => {
      if (stored.has(sourceId) || named.has(sourceId)) return false;
      named.add(sourceId);
      return true;
    };
    // The next batch is read, prepared and made into columns while others are written.
    const batches = kept ? keptBatches(kept, size) : preparedMeasures(table, verdict, size);
    const writing: Array<Promise<void>> = [];
    // Settles once every batch handed out so far is written.
    let allWritten: Promise<void> = Promise.resolve();
    let linking: Promise<void> = Promise.resolve();
    const failures: unknown[] = [];
    let written = -1;
    try {
      for await (const batch of batches) {
        await yieldToWrite();
        const plan = batchPlan(batch, stored, summary, isNewSource);
        // The first batch is written alone: it creates most of the dyads, which a second writer
        // creating the same ones would wait for or deadlock on.
        const writers = written < 1 ? 1 : this.measureWriters;
        while (writing.length >= writers) await writing.shift();
        if (failures.length > 0) throw failures[0];
        // The links of the batch before, once it and every batch before it are written.
        const links = linksAfter.get(written) ?? [];
        const before = allWritten;
        linking = linking.then(() => before).then(() => writeLinkBatches(links, 1));
        linking.catch(() => undefined);
        written += 1;
        const write = this.writeBatch(plan).then(
          (ids) => {
            onWritten(ids);
            done += batch.length;
            onProgress(done, total);
          },
          (error: unknown) => {
            failures.push(error);
            throw error;
          },
        );
        write.catch(() => undefined);
        writing.push(write);
        allWritten = Promise.all([before, write]).then(() => undefined);
        allWritten.catch(() => undefined);
      }
    } finally {
      // Batches being written when the table turns out changed are written all the same.
      await Promise.allSettled(writing);
      await linking.catch(() => undefined);
      await batches.return(undefined);
    }
    await allWritten;
    await linking;
    await writeLinkBatches(linksAfter.get(written) ?? [], LINK_WRITERS);
    return summary;
  }

  /**
   * The first pass: every row checked; meanwhile, what the graph holds at the ids of good rows, and
   * while the table is good and within the budget, its measures prepared for the writes.
   */
  private async check(
    table: HistoryTable,
  ): Promise<{ verdict: TableVerdict; stored: StoredHashes; kept: PreparedMeasure[] | null }> {
    const check = new TableCheck();
    let kept: PreparedMeasure[] | null = [];
    const stored: StoredHashes = new Map();
    let ids: string[] = [];
    let reading = Promise.resolve();
    const readStored = () => {
      const batch = ids;
      ids = [];
      reading = reading.then(async () => {
        for (const [id, hash] of await this.repository.storedHashes(batch)) stored.set(id, hash);
      });
      reading.catch(() => undefined);
    };
    try {
      for await (const chunk of table.chunks()) {
        for (const value of chunk) {
          const checked = check.row(value);
          if (!checked || check.failed) {
            kept = null;
            continue;
          }
          ids.push(historyEventId(checked.row.id));
          let sourceId: string | null;
          if (kept && kept.length < this.keptMeasuresBudget) {
            const measure = prepareMeasure(checked);
            kept.push(measure);
            sourceId = measure.sourceId;
          } else {
            kept = null;
            sourceId = checked.row.source_url ? historySourceId(checked.row.source_url) : null;
          }
          // Sources are looked up too (a source named twice, twice), so that those not in the graph
          // are created rather than merged.
          if (sourceId !== null) ids.push(sourceId);
        }
        if (ids.length >= HISTORY_BATCH_SIZE) readStored();
      }
    } finally {
      await reading.catch(() => undefined);
    }
    const verdict = check.finish();
    if (verdict.problems.length === 0) {
      readStored();
      await reading;
    }
    return { verdict, stored, kept };
  }

  /** One batch: the new measures created, the changed ones merged. Returns the ids of those written. */
  private async writeBatch({ created, changed }: BatchPlan): Promise<string[]> {
    if (!created && changed.length === 0) return [];
    try {
      await this.repository.writeMeasures({ created: created?.columns ?? null, changed });
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      // Another import created some of these measures after they were looked up: merge them all.
      await this.repository.writeMeasures({
        created: null,
        changed: [...(created?.events ?? []), ...changed],
      });
    }
    return [...(created?.events ?? []), ...changed].map((event) => event.id);
  }
}

/** What one batch writes: its new measures with their columns, and the measures it changes. */
interface BatchPlan {
  created: { events: PreparedMeasure[]; columns: MeasureBatch } | null;
  changed: PreparedMeasure[];
}

/** Sorts a batch into new, changed and unchanged measures (counted in `summary`), the new ones as columns. */
function batchPlan(
  batch: PreparedMeasure[],
  stored: StoredHashes,
  summary: HistorySummary,
  isNewSource: (sourceId: string) => boolean,
): BatchPlan {
  const created: PreparedMeasure[] = [];
  const changed: PreparedMeasure[] = [];
  for (const event of batch) {
    const hash = stored.get(event.id);
    if (hash === undefined && !stored.has(event.id)) {
      summary.created += 1;
      created.push(event);
    } else if (hash === event.props['importHash']) summary.unchanged += 1;
    else {
      summary.updated += 1;
      changed.push(event);
    }
  }
  return {
    created: created.length > 0 ? { events: created, columns: measureColumns(created, isNewSource) } : null,
    changed,
  };
}

/**
 * Lets the batch just handed to the driver be packed and sent before the next one is made into
 * columns, so that Node prepares while Neo4j writes.
 */
const yieldToWrite = () => new Promise((resolve) => setTimeout(resolve, 20));

/** The ids already in the graph: a table measure's import hash, null for anything else. */
type StoredHashes = Map<string, string | null>;
