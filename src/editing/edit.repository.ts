import neo4j from 'neo4j-driver';
import { cypherFile } from '../db/cypher-file';
import type { Executor } from '../db/executor';
import { toPlain } from '../db/to-plain';
import type { Row } from '../graph/graph-read.repository';
import { affiliatedEntities, graphWriter } from '../graph-write/graph-writer';
import { RelationType } from '../domain/vocabulary';
import type { PreparedEntity, PreparedEvent, PreparedRelation } from '../graph-write/prepared-rows';

const UNLINK_RETALIATION = cypherFile('editing/unlink-retaliation.cypher');
const MERGE_ACTORS = cypherFile('editing/merge-actors.cypher');
const LIST_MERGE_AUDITS = cypherFile('editing/list-merge-audits.cypher');
const COUNT_MERGE_AUDITS = cypherFile('editing/count-merge-audits.cypher');

export class MissingNodesError extends Error {
  constructor(readonly missing: string[]) {
    super(`not in the graph: ${missing.join(', ')}`);
  }
}

/** Analysts' edits: each is one write transaction that first checks every node it refers to. */
export class EditRepository {
  constructor(private readonly executor: Executor) {}

  saveEntity(entity: PreparedEntity): Promise<void> {
    return this.executor.writeTransaction(async (tx) => {
      await graphWriter.claimIds(tx, [{ id: entity.id, path: 'id', kind: entity.label, owner: null }]);
      await graphWriter.entities(tx, [entity]);
    });
  }

  saveEvent(event: PreparedEvent): Promise<void> {
    return this.executor.writeTransaction(async (tx) => {
      await this.requireNodes(tx, [...event.actors, ...event.targets, ...event.expelled]);
      await graphWriter.claimIds(tx, [{ id: event.id, path: 'id', kind: 'Event', owner: null }]);
      await graphWriter.events(tx, [event]);
      await graphWriter.refreshDyads(tx, [event.id]);
    });
  }

  saveRelation(relation: PreparedRelation): Promise<void> {
    return this.executor.writeTransaction(async (tx) => {
      await this.requireNodes(tx, [relation.from, relation.to]);
      const { id, type, from, to } = relation;
      await graphWriter.claimIds(tx, [], [{ id, path: 'id', type, from, to }]);
      await graphWriter.relations(tx, [relation]);
      await graphWriter.refreshDyads(tx, [], affiliatedEntities([relation]));
      if (type === RelationType.RETALIATED_AGAINST) {
        await graphWriter.checkRetaliation(tx, [{ path: 'to', from, to }]);
      }
    });
  }

  /** The removed link, or null when there was none. */
  async unlinkRetaliation(id: string): Promise<Row | null> {
    const { records } = await this.executor.write(UNLINK_RETALIATION, { id });
    return records[0] ? (toPlain(records[0].toObject()) as Row) : null;
  }

  async mergeActors(params: {
    keepId: string;
    duplicateId: string;
    auditId: string;
    snapshot: string;
    reason: string;
    by: string;
  }): Promise<Row> {
    return this.executor.writeTransaction(async (tx) => {
      const { records } = await tx.run(MERGE_ACTORS, params);
      const audit = records[0]?.get('audit');
      if (!audit) throw new MissingNodesError([params.keepId, params.duplicateId]);
      // The duplicate's relationships are now the kept actor's: events within its reach may count
      // for other states.
      await graphWriter.refreshDyads(tx, [], [params.keepId]);
      return toPlain(audit) as Row;
    });
  }

  async mergeAudits(offset: number, limit: number): Promise<Row[]> {
    const { records } = await this.executor.read(LIST_MERGE_AUDITS, {
      offset: neo4j.int(offset),
      limit: neo4j.int(limit),
    });
    return records.map((record) => toPlain(record.get('audit')) as Row);
  }

  async countMergeAudits(): Promise<number> {
    const { records } = await this.executor.read(COUNT_MERGE_AUDITS);
    return toPlain(records[0]?.get('total')) as number;
  }

  private async requireNodes(
    tx: Parameters<typeof graphWriter.existingIds>[0],
    ids: string[],
  ): Promise<void> {
    const unique = [...new Set(ids)];
    const found = await graphWriter.existingIds(tx, unique);
    const missing = unique.filter((id) => !found.has(id));
    if (missing.length > 0) throw new MissingNodesError(missing);
  }
}
