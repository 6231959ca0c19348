import { cypherFile } from '../db/cypher-file';
import type { Executor, Transaction } from '../db/executor';
import { graphWriter } from '../graph-write/graph-writer';
import { RetaliationBasis } from '../domain/vocabulary';
import type { MeasureBatch } from './measure-columns';
import type { PreparedMeasure } from './prepare-history';

const STORED_HASHES = cypherFile('history/stored-hashes.cypher');
const UPSERT_SOURCES = cypherFile('history/upsert-sources.cypher');
const LINK_SOURCES = cypherFile('history/link-sources.cypher');
const CREATE_MEASURES = cypherFile('history/create-measures.cypher');
const LINK_MEASURES = cypherFile('history/link-measures.cypher');
const CREATE_LINKS = cypherFile('history/create-links.cypher');

export class HistoryRepository {
  constructor(private readonly executor: Executor) {}

  findExisting(ids: string[]): Promise<Set<string>> {
    return this.executor.readTransaction((tx) => graphWriter.existingIds(tx, ids));
  }

  /** The ids already in the graph: the import hash of a table's measure, null for anything else. */
  async storedHashes(ids: string[]): Promise<Map<string, string | null>> {
    const { records } = await this.executor.read(STORED_HASHES, { ids });
    return new Map(
      records.map((record) => [
        record.get('id') as string,
        record.get('event') === true ? ((record.get('hash') as string | null) ?? null) : null,
      ]),
    );
  }

  /**
   * One batch of measures, with their sources, in one transaction: measures not in the graph are
   * created (from `columns`, their columns made ahead of the write), the others merged. A measure
   * another import created meanwhile fails the whole batch with a ConflictError; the caller then
   * writes it again as changed.
   */
  writeMeasures(batch: { created: MeasureBatch | null; changed: PreparedMeasure[] }): Promise<void> {
    return this.executor.writeTransaction(async (tx) => {
      // Created measures get their sources and dyads from CREATE_MEASURES; changed ones are derived again.
      if (batch.created) await tx.run(CREATE_MEASURES, { ...batch.created });
      if (batch.changed.length > 0) {
        await this.writeChanged(tx, batch.changed);
        await graphWriter.refreshDyads(
          tx,
          batch.changed.map((event) => event.id),
        );
      }
    });
  }

  private async writeChanged(tx: Transaction, changed: PreparedMeasure[]): Promise<void> {
    const withSource = changed.filter((event) => event.sourceId !== null);
    const sources = new Map(withSource.map((event) => [event.sourceId, event.sourceUrl]));
    if (sources.size > 0) {
      await tx.run(UPSERT_SOURCES, { sources: [...sources].map(([id, url]) => ({ id, url })) });
    }
    await graphWriter.events(tx, changed);
    if (withSource.length > 0) {
      await tx.run(LINK_SOURCES, { rows: withSource.map(({ id, sourceId }) => ({ id, sourceId })) });
    }
  }

  /**
   * Stated links in one transaction: merged, or created when every answer is a measure this import
   * created (a link written meanwhile then fails the batch with a ConflictError).
   */
  writeStatedLinks(
    links: Array<{ id: string; from: string; to: string }>,
    answersCreated = false,
  ): Promise<void> {
    return this.executor.writeTransaction(async (tx) => {
      await tx.run(answersCreated ? CREATE_LINKS : LINK_MEASURES, {
        links: {
          id: links.map((link) => link.id),
          from: links.map((link) => link.from),
          to: links.map((link) => link.to),
        },
        basis: RetaliationBasis.STATED,
      });
    });
  }
}
