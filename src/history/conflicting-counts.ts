import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { canonicalHash } from '../domain/canonical-hash';
import type { Problem } from '../domain/problems';
import { ClaimStance } from '../domain/vocabulary';
import { fromProjectRoot } from '../project-root';
import { historyEventId, historySourceId } from './prepare-history';

export const CONFLICTING_COUNTS = fromProjectRoot('seeds/history/conflicting-counts.csv');

export const CONFLICTING_COUNT_COLUMNS = ['row_id', 'count', 'source_url', 'note'];

/** Every report of the table's figures has an id with this prefix, followed by its source's hash. */
export const COUNT_REPORT_PREFIX = 'report:history-counts-';

/** Credibility 6: the figure is the source's, and nobody has judged it. */
const UNJUDGED = 6;

/** One figure a source gives for the count of a shipped measure. */
export interface ConflictingCountClaim {
  id: string;
  subject: string;
  reportId: string;
  sourceId: string;
  url: string;
  props: {
    subjectId: string;
    property: 'count';
    value: string | null;
    credibility: number;
    stance: ClaimStance;
    note: string;
  };
}

/** The rows of conflicting-counts.csv as read, one object per line. */
export function readConflictingCounts(file: string = CONFLICTING_COUNTS): Record<string, string>[] {
  return parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true, trim: true, bom: true });
}

function rowProblems(row: Record<string, string>, at: string): Problem[] {
  const problems: Problem[] = [];
  const unknown = Object.keys(row).filter((column) => !CONFLICTING_COUNT_COLUMNS.includes(column));
  if (unknown.length > 0) problems.push({ path: at, message: `unknown column(s) ${unknown.join(', ')}` });
  if (!/^[a-z0-9][a-z0-9-]{2,160}$/.test(row['row_id'] ?? '')) {
    problems.push({ path: `${at}.row_id`, message: 'must be the id of a row of measures.csv' });
  }
  if (!/^(|[1-9][0-9]{0,5})$/.test(row['count'] ?? '')) {
    problems.push({ path: `${at}.count`, message: 'must be empty or a whole number of people' });
  }
  if (!/^https?:\/\/\S+$/.test(row['source_url'] ?? '')) {
    problems.push({ path: `${at}.source_url`, message: 'must be an http(s) address' });
  }
  const note = row['note'] ?? '';
  if (note.length < 1 || note.length > 2000) {
    problems.push({ path: `${at}.note`, message: 'must say in 1 to 2000 characters what the figure counts' });
  }
  return problems;
}

/**
 * Each row as a claim on the count of its measure, owned by one report per source address. Ids
 * come from what is claimed (report, measure, figure), not from the note's wording, so they stay
 * when a note is reworded. The note is the project's summary, not the source's words: no quote.
 */
export function conflictingCountClaims(rows: Record<string, string>[]): {
  problems: Problem[];
  claims: ConflictingCountClaim[];
} {
  const problems = rows.flatMap((row, index) => rowProblems(row, `row ${index + 1}`));
  if (problems.length > 0) return { problems, claims: [] };
  const claims = rows.map((row) => {
    const url = row['source_url']!;
    const sourceId = historySourceId(url);
    const reportId = `${COUNT_REPORT_PREFIX}${sourceId.slice('source:url-'.length)}`;
    const subject = historyEventId(row['row_id']!);
    const value = row['count'] || null;
    return {
      id: `claim:${canonicalHash([reportId, subject, 'count', value], 20)}`,
      subject,
      reportId,
      sourceId,
      url,
      props: {
        subjectId: subject,
        property: 'count' as const,
        value,
        credibility: UNJUDGED,
        stance: ClaimStance.ASSERTS,
        note: row['note']!,
      },
    };
  });
  const seen = new Set<string>();
  for (const [index, claim] of claims.entries()) {
    if (seen.has(claim.id)) {
      problems.push({
        path: `row ${index + 1}`,
        message: 'repeats the figure of an earlier row from the same source',
      });
    }
    seen.add(claim.id);
  }
  return { problems, claims: problems.length > 0 ? [] : claims };
}
