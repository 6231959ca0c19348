import { cypherFile } from '../db/cypher-file';
import type { Transaction } from '../db/executor';
import type { PreparedEntity, PreparedEvent, PreparedRelation } from './prepared-rows';
import { countsOf, type WriteCounts } from './write-counts';
import { ConflictError } from '../domain/errors';
import {
  NODE_KINDS,
  conflictProblems,
  type IdConflictRow,
  type NodeDeclaration,
  type RelationDeclaration,
} from './id-declarations';
import { toPlain } from '../db/to-plain';
import { RelationType } from '../domain/vocabulary';

const FIND_CONFLICTS = cypherFile('graph-write/find-conflicts.cypher');
const CHECK_RETALIATION = cypherFile('graph-write/check-retaliation.cypher');
const FIND_EXISTING_IDS = cypherFile('graph-write/find-existing-ids.cypher');
const UPSERT_ENTITIES = cypherFile('graph-write/upsert-entities.cypher');
const UPSERT_EVENTS = cypherFile('graph-write/upsert-events.cypher');
const UPSERT_RELATIONS = cypherFile('graph-write/upsert-relations.cypher');
const REFRESH_DYADS = cypherFile('graph-write/refresh-dyads.cypher');

/** The relation types through which an actor or target counts for a state. */
const AFFILIATIONS: ReadonlySet<string> = new Set([
  RelationType.BELONGS_TO,
  RelationType.PART_OF,
  RelationType.NATIONAL_OF,
  RelationType.MEMBER_OF,
]);

/** The entities below which a write of these relations may change which state an event counts for. */
export function affiliatedEntities(relations: ReadonlyArray<{ type: string; from: string }>): string[] {
  return [...new Set(relations.filter(({ type }) => AFFILIATIONS.has(type)).map(({ from }) => from))];
}

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

  /**
   * The one check before any write: each declared id is free, or already names the same kind of
   * thing with the same owner. Run inside the write transaction, so nothing is written on conflict.
   */
  async claimIds(
    tx: Pick<Transaction, 'run'>,
    nodes: NodeDeclaration[],
    relations: RelationDeclaration[] = [],
  ): Promise<void> {
    if (nodes.length === 0 && relations.length === 0) return;
    const { records } = await tx.run(FIND_CONFLICTS, { nodes, relations, kinds: NODE_KINDS });
    if (records.length === 0) return;
    const rows = records.map((record) => toPlain(record.toObject()) as IdConflictRow);
    const problems = conflictProblems(rows, new Map(nodes.map((node) => [node.path, node])));
    throw new ConflictError(`Conflict: ${problems[0]!.path}: ${problems[0]!.message}`, problems);
  },

  /**
   * After RETALIATED_AGAINST links are written in a transaction, refuses (ConflictError, located)
   * those that close a cycle of answers or answer an act that began after the answer ended.
   */
  async checkRetaliation(
    tx: Pick<Transaction, 'run'>,
    links: Array<{ path: string; from: string; to: string }>,
  ): Promise<void> {
    if (links.length === 0) return;
    const { records } = await tx.run(CHECK_RETALIATION, { links });
    if (records.length === 0) return;
    const problems = records.map((record) => {
      const row = toPlain(record.toObject()) as Record<string, string | boolean>;
      const message = row['cycle']
        ? `"${row['act']}" already answers "${row['answer']}", directly or through other measures: this link would close a cycle`
        : `"${row['answer']}" (${row['answerDate']}) ended before "${row['act']}" (${row['actDate']}) began: an answer cannot precede its act`;
      return { path: row['path'] as string, message };
    });
    throw new ConflictError(`Conflict: ${problems[0]!.path}: ${problems[0]!.message}`, problems);
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

  /**
   * Derives again the dyads of these events and of every event within reach of these entities
   * (cypher/graph-write/refresh-dyads.cypher). Every write path calls it once, in its transaction,
   * after its writes; its own writes are not counted among the report's.
   */
  async refreshDyads(
    tx: Pick<Transaction, 'run'>,
    eventIds: readonly string[],
    entityIds: readonly string[] = [],
  ): Promise<void> {
    if (eventIds.length === 0 && entityIds.length === 0) return;
    await tx.run(REFRESH_DYADS, { eventIds, entityIds });
  },
};
