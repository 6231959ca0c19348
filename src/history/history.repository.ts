import { cypherFile } from '../db/cypher-file';
import type { Executor } from '../db/executor';
import { graphWriter } from '../graph-write/graph-writer';
import type { PreparedEvent, PreparedRelation } from '../graph-write/prepared-rows';

const STORED_HASHES = cypherFile('history/stored-hashes.cypher');
const UPSERT_SOURCES = cypherFile('history/upsert-sources.cypher');
const LINK_SOURCES = cypherFile('history/link-sources.cypher');

export class HistoryRepository {
  constructor(private readonly executor: Executor) {}

  findExisting(ids: string[]): Promise<Set<string>> {
    return this.executor.readTransaction((tx) => graphWriter.existingIds(tx, ids));
  }

  async storedHashes(ids: string[]): Promise<Map<string, string | null>> {
    const { records } = await this.executor.read(STORED_HASHES, { ids });
    return new Map(
      records.map((record) => [record.get('id') as string, (record.get('hash') as string | null) ?? null]),
    );
  }

  /** One batch of measures, with their sources, in one transaction. */
  writeEvents(
    events: Array<PreparedEvent & { sourceId: string | null }>,
    sources: Array<{ id: string; url: string }>,
  ): Promise<void> {
    return this.executor.writeTransaction(async (tx) => {
      if (sources.length > 0) await tx.run(UPSERT_SOURCES, { sources });
      await graphWriter.events(tx, events);
      const withSource = events
        .filter((event) => event.sourceId !== null)
        .map(({ id, sourceId }) => ({ id, sourceId }));
      if (withSource.length > 0) await tx.run(LINK_SOURCES, { rows: withSource });
    });
  }

  writeLinks(links: PreparedRelation[]): Promise<void> {
    return this.executor.writeTransaction(async (tx) => {
      await graphWriter.relations(tx, links);
    });
  }
}
