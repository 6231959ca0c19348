import neo4j from 'neo4j-driver';
import { cypherFile } from '../db/cypher-file';
import type { Executor } from '../db/executor';
import { graphWriter } from '../graph-write/graph-writer';

const UNDYADED_EVENTS = cypherFile('graph-schema/undyaded-events.cypher');
const PAGE = 10_000;

export class DyadRepository {
  constructor(private readonly executor: Executor) {}

  /**
   * Derives the dyads of every event when the graph has events but no dyad (after an initial load,
   * or on a graph stored before dyads were kept), one transaction per page of events. Returns how
   * many events were read.
   */
  async deriveWhereMissing(): Promise<number> {
    let after = '';
    let events = 0;
    for (;;) {
      const { records } = await this.executor.read(UNDYADED_EVENTS, {
        after,
        onlyWhenNone: events === 0,
        limit: neo4j.int(PAGE),
      });
      const ids = records.map((record) => record.get('id') as string);
      if (ids.length === 0) return events;
      await this.executor.writeTransaction((tx) => graphWriter.refreshDyads(tx, ids));
      events += ids.length;
      if (ids.length < PAGE) return events;
      after = ids[ids.length - 1]!;
    }
  }
}
