import { cypherFile } from '../db/cypher-file';
import type { Executor } from '../db/executor';

const WIPE_EVENTS = cypherFile('bench/wipe-events.cypher');
const SERVER_VERSION = cypherFile('bench/server-version.cypher');
const CEILING_MEASURES = cypherFile('bench/ceiling-measures.cypher');

export class BenchRepository {
  constructor(private readonly executor: Executor) {}

  /** Empties the bench graph of events, batch by batch. */
  async wipeEvents(): Promise<void> {
    for (;;) {
      const { records } = await this.executor.write(WIPE_EVENTS);
      if (Number(records[0]?.get('deleted') ?? 0) === 0) return;
    }
  }

  /** One batch of the import's ceiling: one write transaction, the bare statement. */
  async writeCeilingBatch(rows: Array<Record<string, unknown>>): Promise<void> {
    await this.executor.write(CEILING_MEASURES, { rows });
  }

  async serverVersion(): Promise<string> {
    const { records } = await this.executor.read(SERVER_VERSION);
    return String(records[0]?.get('version') ?? 'Neo4j');
  }
}
