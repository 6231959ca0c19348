import { cypherFile } from '../db/cypher-file';
import type { Executor } from '../db/executor';
import { affiliatedEntities, graphWriter } from '../graph-write/graph-writer';
import { NO_WRITES, addCounts, countsOf, type WriteCounts } from '../graph-write/write-counts';
import type { PreparedReport } from './prepared-report';
import { reportDeclarations } from './report-declarations';
import { RelationType } from '../domain/vocabulary';
import { ConflictError } from '../domain/errors';
import type { Problem } from '../domain/problems';
import { LOCAL_OPERATOR, type Submitter } from './submitter';

const REPORT_HASH = cypherFile('report/report-hash.cypher');
const COUNT_REPORTS = cypherFile('report/count-reports.cypher');
const UPSERT_SOURCE = cypherFile('report/upsert-source.cypher');
const UPSERT_CLAIMS = cypherFile('report/upsert-claims.cypher');
const PRUNE_CLAIMS = cypherFile('report/prune-claims.cypher');
const UPSERT_REPORT = cypherFile('report/upsert-report.cypher');

export class MissingReferencesError extends Error {
  constructor(readonly missing: string[]) {
    super(`not in the graph: ${missing.join(', ')}`);
  }
}

function assertMayRestate(reportId: string, storedBy: string | null, submitter: Submitter): void {
  if ((storedBy ?? LOCAL_OPERATOR.subject) === submitter.subject || submitter.mayReplaceOthers) return;
  throw new ConflictError(`report "${reportId}" belongs to another submitter`, [
    {
      path: 'id',
      message: `report "${reportId}" was submitted by another account; only its submitter or an admin may restate it`,
    },
  ]);
}

export class ReportRepository {
  constructor(private readonly executor: Executor) {}

  /** Which of these ids name nodes already in the graph. */
  findExisting(ids: string[]): Promise<Set<string>> {
    return this.executor.readTransaction((tx) => graphWriter.existingIds(tx, ids));
  }

  /** The stored hash, and whether every claim of this version is stored as the report's own. */
  async stored(report: PreparedReport): Promise<{ hash: string | null; complete: boolean }> {
    const claimIds = report.claims.map((claim) => claim.id);
    const { records } = await this.executor.read(REPORT_HASH, { id: report.id, claimIds });
    const hash = (records[0]?.get('hash') as string | null | undefined) ?? null;
    return { hash, complete: Number(records[0]?.get('claims') ?? 0) === claimIds.length };
  }

  /** What writing the report would conflict with, found without writing: for `ingest --check`. */
  async conflicts(report: PreparedReport): Promise<Problem[]> {
    const { nodes, relations } = reportDeclarations(report);
    try {
      await this.executor.readTransaction((tx) => graphWriter.claimIds(tx, nodes, relations));
      return [];
    } catch (error) {
      if (error instanceof ConflictError) return error.problems;
      throw error;
    }
  }

  async countReports(): Promise<number> {
    const { records } = await this.executor.read(COUNT_REPORTS);
    return Number(records[0]?.get('reports') ?? 0);
  }

  /**
   * Writes one report in one transaction. The external references are checked again inside it,
   * so a node deleted since validation aborts the write instead of leaving dangling claims; then
   * every declared id is claimed (ConflictError, located, when one names something else). A report
   * stored by another submitter is refused the same way unless this one may replace others'.
   */
  write(report: PreparedReport, externalIds: string[], submitter: Submitter): Promise<WriteCounts> {
    return this.executor.writeTransaction(async (tx) => {
      const found = await graphWriter.existingIds(tx, externalIds);
      const missing = externalIds.filter((id) => !found.has(id));
      if (missing.length > 0) throw new MissingReferencesError(missing);

      const { nodes, relations } = reportDeclarations(report);
      await graphWriter.claimIds(tx, nodes, relations);

      const reportId = report.id;
      let counts = NO_WRITES;
      counts = addCounts(counts, await graphWriter.entities(tx, report.entities));
      counts = addCounts(counts, countsOf(await tx.run(UPSERT_SOURCE, { source: report.source, reportId })));
      counts = addCounts(counts, await graphWriter.events(tx, report.events));
      counts = addCounts(counts, await graphWriter.relations(tx, report.relations));
      await graphWriter.refreshDyads(
        tx,
        report.events.map((event) => event.id),
        affiliatedEntities(report.relations),
      );
      await graphWriter.checkRetaliation(
        tx,
        report.relations.flatMap(({ type, from, to }, i) =>
          type === RelationType.RETALIATED_AGAINST ? [{ path: `relations[${i}]`, from, to }] : [],
        ),
      );
      const claimIds = report.claims.map((claim) => claim.id);
      counts = addCounts(counts, countsOf(await tx.run(PRUNE_CLAIMS, { reportId, claimIds })));
      counts = addCounts(counts, countsOf(await tx.run(UPSERT_CLAIMS, { claims: report.claims, reportId })));
      const { id, props, hash } = report;
      const upserted = await tx.run(UPSERT_REPORT, {
        id,
        props,
        hash,
        sourceId: report.source.id,
        submittedBy: submitter.subject,
      });
      // Checked on the written node, which the write holds locked: a concurrent first submission
      // of the same report cannot slip between a check and the write. Refusing rolls everything back.
      assertMayRestate(report.id, upserted.records[0]?.get('submittedBy') as string | null, submitter);
      counts = addCounts(counts, countsOf(upserted));
      return counts;
    });
  }
}
