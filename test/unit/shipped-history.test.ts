import { readFileSync } from 'node:fs';
import { parseEdtf } from '../../src/domain/edtf-date';
import { prepareHistory } from '../../src/history/prepare-history';
import { readHistoryFile } from '../../src/history/read-history-file';
import { SHIPPED_HISTORY } from '../../src/history/load-shipped-history';
import { conflictingCountClaims, readConflictingCounts } from '../../src/history/conflicting-counts';
import { fromProjectRoot } from '../../src/project-root';

/** The shipped history checked as data: sources, dates, states, answers, and ids that never go away. */
const rows = readHistoryFile(SHIPPED_HISTORY) as Array<Record<string, string>>;
const releasedIds = readFileSync(fromProjectRoot('seeds/history/released-ids.txt'), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'));

describe('the shipped history', () => {
  it('holds at least 400 measures from 2014 to 2025', () => {
    expect(rows.length).toBeGreaterThanOrEqual(400);
    for (const row of rows) {
      const { earliest, latest } = parseEdtf(row['date']!);
      expect([row['id'], earliest! >= '2014-01-01' && latest! <= '2025-12-31']).toEqual([row['id'], true]);
    }
  });

  it('validates as a table: dates, known states, no answer dated before its act, no cycle, nothing outside it', () => {
    const { problems, prepared } = prepareHistory(rows);
    expect(problems).toEqual([]);
    expect([...prepared!.external.keys()]).toEqual([]);
  });

  it('names a public source for every row', () => {
    const unsourced = rows.filter((row) => !/^https?:\/\/\S+$/.test(row['source_url'] ?? ''));
    expect(unsourced.map((row) => row['id'])).toEqual([]);
  });

  it('holds each measure once: one row per actor, targets, kind and date', () => {
    const key = (row: Record<string, string>) =>
      [
        row['actor'],
        row['target']!.split(';').sort().join(';'),
        row['measure'],
        row['date'],
        row['count'],
      ].join('|');
    const seen = new Map<string, string>();
    const repeated = rows.flatMap((row) => {
      const first = seen.get(key(row));
      seen.set(key(row), row['id']!);
      return first ? [`${row['id']} repeats ${first}`] : [];
    });
    expect(repeated).toEqual([]);
  });

  it('keeps every id it ever released (seeds/history/released-ids.txt)', () => {
    const ids = new Set(rows.map((row) => row['id']));
    expect(releasedIds.filter((id) => !ids.has(id))).toEqual([]);
    expect(releasedIds.length).toBeGreaterThanOrEqual(rows.length);
  });

  it('gives every other figure of conflicting-counts.csv for a row of the table, from a public source', () => {
    const counts = readConflictingCounts();
    expect(counts.length).toBeGreaterThan(0);
    const { problems, claims } = conflictingCountClaims(counts);
    expect(problems).toEqual([]);
    const byId = new Map(rows.map((row) => [row['id'], row]));
    expect(counts.filter((entry) => !byId.has(entry['row_id'])).map((entry) => entry['row_id'])).toEqual([]);
    expect(claims.map((claim) => claim.subject)).toEqual(counts.map((entry) => `event:${entry['row_id']}`));
  });
});
