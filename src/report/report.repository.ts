import type { QueryResult } from 'neo4j-driver';
import { cypherFile } from '../db/cypher-file';
import type { Executor, Transaction } from '../db/executor';
import type { PreparedReport } from './prepared-report';

const FIND_EXISTING_IDS = cypherFile('report/find-existing-ids.cypher');
const REPORT_HASH = cypherFile('report/report-hash.cypher');
const COUNT_REPORTS = cypherFile('report/count-reports.cypher');
const UPSERT_ENTITIES = cypherFile('report/upsert-entities.cypher');
const UPSERT_SOURCE = cypherFile('report/upsert-source.cypher');
const UPSERT_EVENTS = cypherFile('report/upsert-events.cypher');
const UPSERT_RELATIONS = cypherFile('report/upsert-relations.cypher');
const UPSERT_CLAIMS = cypherFile('report/upsert-claims.cypher');
const PRUNE_CLAIMS = cypherFile('report/prune-claims.cypher');
const UPSERT_REPORT = cypherFile('report/upsert-report.cypher');

export interface WriteCounts {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

export const NO_WRITES: WriteCounts = {
  nodesCreated: 0,
  nodesDeleted: 0,
  relationshipsCreated: 0,
  relationshipsDeleted: 0,
  propertiesSet: 0,
};

export function addCounts(a: WriteCounts, b: WriteCounts): WriteCounts {
  return {
    nodesCreated: a.nodesCreated + b.nodesCreated,
    nodesDeleted: a.nodesDeleted + b.nodesDeleted,
    relationshipsCreated: a.relationshipsCreated + b.relationshipsCreated,
    relationshipsDeleted: a.relationshipsDeleted + b.relationshipsDeleted,
    propertiesSet: a.propertiesSet + b.propertiesSet,
  };
}

function countsOf(result: QueryResult): WriteCounts {
  const updates = result.summary.counters.updates();
  return {
    nodesCreated: updates.nodesCreated,
    nodesDeleted: updates.nodesDeleted,
    relationshipsCreated: updates.relationshipsCreated,
    relationshipsDeleted: updates.relationshipsDeleted,
    propertiesSet: updates.propertiesSet,
  };
}

export class MissingReferencesError extends Error {
  constructor(readonly missing: string[]) {
    super(`not in the graph: ${missing.join(', ')}`);
  }
}

async function existingIds(run: Pick<Transaction, 'run'>, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const { records } = await run.run(FIND_EXISTING_IDS, { ids });
  return new Set((records[0]?.get('found') as string[] | undefined) ?? []);
}

export class ReportRepository {
  constructor(private readonly executor: Executor) {}

  /** Which of these ids name nodes already in the graph. */
  findExisting(ids: string[]): Promise<Set<string>> {
    return this.executor.readTransaction((tx) => existingIds(tx, ids));
  }

  async storedHash(reportId: string): Promise<string | null> {
    const { records } = await this.executor.read(REPORT_HASH, { id: reportId });
    return (records[0]?.get('hash') as string | null | undefined) ?? null;
  }

  async countReports(): Promise<number> {
    const { records } = await this.executor.read(COUNT_REPORTS);
    return Number(records[0]?.get('reports') ?? 0);
  }

  /**
   * Writes one report in one transaction. The external references are checked again inside it,
   * so a node deleted since validation aborts the write instead of leaving dangling claims.
   */
  write(report: PreparedReport, externalIds: string[]): Promise<WriteCounts> {
    return this.executor.writeTransaction(async (tx) => {
      const found = await existingIds(tx, externalIds);
      const missing = externalIds.filter((id) => !found.has(id));
      if (missing.length > 0) throw new MissingReferencesError(missing);

      const origins = [report.source.id, ...report.source.parts.map((part) => part.id)];
      const steps: Array<[Parameters<Transaction['run']>[0], Record<string, unknown>]> = [
        [UPSERT_ENTITIES, { entities: report.entities }],
        [UPSERT_SOURCE, { source: report.source }],
        [UPSERT_EVENTS, { events: report.events }],
        [UPSERT_RELATIONS, { relations: report.relations }],
        [PRUNE_CLAIMS, { origins, claimIds: report.claims.map((claim) => claim.id) }],
        [UPSERT_CLAIMS, { claims: report.claims }],
        [
          UPSERT_REPORT,
          { id: report.id, props: report.props, hash: report.hash, sourceId: report.source.id },
        ],
      ];
      let counts = NO_WRITES;
      for (const [query, params] of steps) {
        counts = addCounts(counts, countsOf(await tx.run(query, params)));
      }
      return counts;
    });
  }
}
