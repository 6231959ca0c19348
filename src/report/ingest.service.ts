import { prepareReport } from './prepare-report';
import type { PreparedReport } from './prepared-report';
import type { Problem } from '../domain/problems';
import { NO_WRITES, addCounts, type WriteCounts } from '../graph-write/write-counts';
import { MissingReferencesError, type ReportRepository } from './report.repository';
import { checkReportDocument } from './validate-report';
import { LOCAL_OPERATOR, type Submitter } from './submitter';

export interface IngestDocument {
  /** File name or other label used in messages. */
  name: string;
  /** Parsed JSON, or the problem that kept it from parsing. */
  content: unknown;
  parseProblem?: string;
}

export type DocumentStatus = 'created' | 'updated' | 'unchanged' | 'rejected';

export interface DocumentOutcome {
  name: string;
  reportId: string | null;
  status: DocumentStatus;
  problems: Problem[];
  writes: WriteCounts;
}

export interface IngestSummary {
  documents: DocumentOutcome[];
  totals: Record<DocumentStatus, number>;
  writes: WriteCounts;
}

export interface IngestOptions {
  /** Whose the reports are; the local operator when not given. */
  submitter?: Submitter;
  onProgress?: (done: number) => void;
}

type Checked = { name: string; report: PreparedReport; external: string[] } | DocumentOutcome;

function rejected(name: string, reportId: string | null, problems: Problem[]): DocumentOutcome {
  return { name, reportId, status: 'rejected', problems, writes: NO_WRITES };
}

function summarize(documents: DocumentOutcome[]): IngestSummary {
  const totals = { created: 0, updated: 0, unchanged: 0, rejected: 0 };
  let writes = NO_WRITES;
  for (const outcome of documents) {
    totals[outcome.status] += 1;
    writes = addCounts(writes, outcome.writes);
  }
  return { documents, totals, writes };
}

/**
 * Validates every document before writing any, then writes each valid one in its own transaction.
 * A document with any problem writes nothing; one whose content is already stored is left alone.
 */
export class IngestService {
  constructor(private readonly reports: ReportRepository) {}

  /** All problems of all documents, ids that would conflict included; nothing written. */
  async check(documents: IngestDocument[]): Promise<IngestSummary> {
    const outcomes: DocumentOutcome[] = [];
    for (const item of await this.checkAll(documents)) {
      if ('status' in item) {
        outcomes.push(item);
        continue;
      }
      const conflicts = await this.reports.conflicts(item.report);
      outcomes.push(
        conflicts.length > 0
          ? rejected(item.name, item.report.id, conflicts)
          : {
              name: item.name,
              reportId: item.report.id,
              status: 'unchanged',
              problems: [],
              writes: NO_WRITES,
            },
      );
    }
    return summarize(outcomes);
  }

  async ingest(
    documents: IngestDocument[],
    { submitter = LOCAL_OPERATOR, onProgress = () => undefined }: IngestOptions = {},
  ): Promise<IngestSummary> {
    const checked = await this.checkAll(documents);
    const outcomes: DocumentOutcome[] = [];
    for (const item of checked) {
      outcomes.push('status' in item ? item : await this.write(item, submitter));
      onProgress(outcomes.length);
    }
    return summarize(outcomes);
  }

  private async write(
    item: { name: string; report: PreparedReport; external: string[] },
    submitter: Submitter,
  ): Promise<DocumentOutcome> {
    const { name, report } = item;
    const stored = await this.reports.stored(report);
    if (stored.hash === report.hash && stored.complete) {
      return { name, reportId: report.id, status: 'unchanged', problems: [], writes: NO_WRITES };
    }
    // A ConflictError (a declared id already names something else, or the report is another
    // submitter's) is not caught: it carries its located problems to the edge, which answers CONFLICT.
    try {
      const writes = await this.reports.write(report, item.external, submitter);
      return {
        name,
        reportId: report.id,
        status: stored.hash === null ? 'created' : 'updated',
        problems: [],
        writes,
      };
    } catch (error) {
      if (error instanceof MissingReferencesError) {
        return rejected(
          name,
          report.id,
          error.missing.map((id) => ({ path: '(references)', message: `"${id}" is no longer in the graph` })),
        );
      }
      throw error;
    }
  }

  private async checkAll(documents: IngestDocument[]): Promise<Checked[]> {
    const checked: Checked[] = [];
    const seenReports = new Map<string, string>();
    for (const document of documents) {
      if (document.parseProblem !== undefined) {
        checked.push(rejected(document.name, null, [{ path: '(document)', message: document.parseProblem }]));
        continue;
      }
      const result = await checkReportDocument(document.content);
      if (!result.ok) {
        checked.push(rejected(document.name, null, result.problems));
        continue;
      }
      const problems = [...result.problems, ...(await this.unknownReferences(result.external))];
      const firstUse = seenReports.get(result.report.id);
      if (firstUse)
        problems.push({ path: 'id', message: `report "${result.report.id}" is also in ${firstUse}` });
      seenReports.set(result.report.id, document.name);
      checked.push(
        problems.length > 0
          ? rejected(document.name, result.report.id, problems)
          : {
              name: document.name,
              report: prepareReport(result.report),
              external: [...result.external.keys()],
            },
      );
    }
    return checked;
  }

  private async unknownReferences(external: Map<string, string[]>): Promise<Problem[]> {
    const found = await this.reports.findExisting([...external.keys()]);
    return [...external.entries()]
      .filter(([id]) => !found.has(id))
      .flatMap(([id, paths]) =>
        paths.map((path) => ({
          path,
          message: `"${id}" is neither declared in this report nor in the graph`,
        })),
      );
  }
}
