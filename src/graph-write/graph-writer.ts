import { cypherFile } from '../db/cypher-file';
import type { Transaction } from '../db/executor';
import type { PreparedEntity, PreparedEvent, PreparedRelation } from './prepared-rows';
import { countsOf, type WriteCounts } from './write-counts';

const FIND_EXISTING_IDS = cypherFile('graph-write/find-existing-ids.cypher');
const UPSERT_ENTITIES = cypherFile('graph-write/upsert-entities.cypher');
const UPSERT_EVENTS = cypherFile('graph-write/upsert-events.cypher');
const UPSERT_RELATIONS = cypherFile('graph-write/upsert-relations.cypher');

/**
 * Writes of entities, events and relations, shared by the ingest and the analysts' edits. Every
 * method runs inside the caller's transaction, so each caller keeps its all-or-nothing unit.
 */
export const graphWriter = {
  async existingIds(tx: Pick<Transaction, 'run'>, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const { records } = await tx.run(FIND_EXISTING_IDS, { ids });
    return new Set((records[0]?.get('found') as string[] | undefined) ?? []);
  },

  async entities(tx: Transaction, entities: PreparedEntity[]): Promise<WriteCounts> {
    return countsOf(await tx.run(UPSERT_ENTITIES, { entities }));
  },

  async events(tx: Transaction, events: PreparedEvent[]): Promise<WriteCounts> {
    return countsOf(await tx.run(UPSERT_EVENTS, { events }));
  },

  async relations(tx: Transaction, relations: PreparedRelation[]): Promise<WriteCounts> {
    return countsOf(await tx.run(UPSERT_RELATIONS, { relations }));
  },
};
