import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { randomSource, syntheticWorld } from '../../src/bench/synthetic-world';
import { canonicalHash } from '../../src/domain/canonical-hash';
import { flattenValidationErrors } from '../../src/domain/problems';
import { checkedHistoryRow } from '../../src/history/fast-row-check';
import { HistoryRowInput } from '../../src/history/history-row.input';
import { historyRowHash } from '../../src/history/history-row-hash';
import { SHIPPED_HISTORY } from '../../src/history/load-shipped-history';
import { prepareHistory } from '../../src/history/prepare-history';
import { readHistoryFile } from '../../src/history/read-history-file';

/** The decorators' verdict on a row: the instance class-transformer makes and what class-validator finds. */
function byDecorators(value: Record<string, unknown>) {
  const row = plainToInstance(HistoryRowInput, value);
  const errors = validateSync(row, { whitelist: true, forbidNonWhitelisted: true, stopAtFirstError: true });
  return { row, problems: flattenValidationErrors(errors) };
}

/** Values each column may hold in a CSV or JSON table, good and bad. */
const VALUES: Record<string, unknown[]> = {
  id: ['a', 'm-1.b_c', 'A', '-a', 'a b', 'x'.repeat(120), 'x'.repeat(121), 7, null, undefined, ''],
  date: [
    '2021-04-17',
    '2021-04',
    '2020-12~',
    '2021-02/2021-03-08',
    '2021-13-01',
    '2021-02-30',
    'soon',
    '',
    2021,
  ],
  actor: ['CZ', 'Czechia', 'C', 'x'.repeat(100), 'x'.repeat(101), 5, null, ''],
  target: ['RU', 'RU;Russia', ' RU ; ; EE ', ['RU', 'EE'], [], ['R'], [5], 'x'.repeat(101), '', null, 9],
  measure: ['expulsion', ' Expulsion ', 'STAFF_REDUCTION', 'expel', '', 3, null],
  count: [
    '18',
    '',
    ' 4 ',
    '0',
    '100000',
    '100001',
    '-1',
    '1.5',
    'abc',
    '0x10',
    '1e3',
    12,
    12.5,
    null,
    undefined,
  ],
  responds_to: ['', 'a', 'a;b', 'a;B', ['a'], ['a', 7], [], null, undefined, 4],
  source_url: [
    'https://example.org/a',
    'http://news.example/x?y=1',
    'ftp://example.org/a',
    'example.org/a',
    'https://',
    `https://example.org/${'p'.repeat(2000)}`,
    '',
    null,
    undefined,
    3,
  ],
  notes: ['', 'A note', 'x'.repeat(5000), 'x'.repeat(5001), null, undefined, 4],
};

function corpus(size: number): Array<Record<string, unknown>> {
  const random = randomSource(13);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const good = { id: 'a', date: '2021-04-17', actor: 'CZ', target: 'RU', measure: 'expulsion' };
  const rows: Array<Record<string, unknown>> = [];
  for (let i = 0; i < size; i += 1) {
    const row: Record<string, unknown> = { ...good };
    // Mostly one column changed from a good row, sometimes several, sometimes an unknown column.
    const changes = random() < 0.7 ? 1 : 1 + Math.floor(random() * 4);
    for (let change = 0; change < changes; change += 1) {
      const column = pick(Object.keys(VALUES));
      const value = pick(VALUES[column]!);
      if (value === undefined && random() < 0.5) delete row[column];
      else row[column] = value;
    }
    if (random() < 0.03) row['comment'] = 'x';
    rows.push(row);
  }
  return rows;
}

describe('the compiled check of history rows', () => {
  const rows = corpus(4_000);

  it('accepts no row the decorators refuse, and makes the rows it accepts as class-transformer does', () => {
    let accepted = 0;
    let refused = 0;
    for (const value of rows) {
      const checked = checkedHistoryRow(value);
      const decorators = byDecorators(value);
      if (checked === null) {
        refused += 1;
        continue;
      }
      accepted += 1;
      expect({ value, problems: decorators.problems }).toEqual({ value, problems: [] });
      expect(canonicalHash(checked)).toBe(canonicalHash(decorators.row));
      expect(historyRowHash(checked)).toBe(canonicalHash(decorators.row, 20));
    }
    // The corpus holds plenty of both, or the test proves nothing.
    expect(accepted).toBeGreaterThan(500);
    expect(refused).toBeGreaterThan(500);
  });

  it('leaves to the decorators only rows they refuse (the fast path is not stricter than they are)', () => {
    const refusedYetValid = rows.filter(
      (value) => checkedHistoryRow(value) === null && byDecorators(value).problems.length === 0,
    );
    expect(refusedYetValid).toEqual([]);
  });

  it('gives every refused row the decorators’ located problems', () => {
    for (const value of rows.slice(0, 600)) {
      if (checkedHistoryRow(value) !== null) continue;
      const expected = byDecorators(value).problems.map((problem) => ({
        path: `row 1.${problem.path}`,
        message: problem.message,
      }));
      const { problems } = prepareHistory([value]);
      expect(problems.slice(0, expected.length)).toEqual(expected);
    }
  });

  it('says what and where, as before', () => {
    const { problems } = prepareHistory([
      { id: 'a', date: '2021-02-30', actor: 'CZ', target: 'RU', measure: 'expel', count: '1.5' },
      {
        id: 'B',
        date: '2021-04-17',
        actor: 'CZ',
        target: 'RU',
        measure: 'expulsion',
        source_url: 'ftp://x.org',
      },
      { id: 'c', date: '2021-04-17', actor: 'CZ', target: 'RU', measure: 'expulsion', colour: 'red' },
    ]);
    expect(problems).toEqual([
      { path: 'row 1.date', message: expect.stringContaining('"2021-02-30" is not an EDTF date') },
      {
        path: 'row 1.measure',
        message:
          'measure must be one of: expulsion, staff_reduction, consulate_closure, ambassador_recall, summons, sanction, arrest, statement, other',
      },
      { path: 'row 1.count', message: 'count must be a whole number' },
      { path: 'row 2.id', message: 'id must be lower-case letters, digits, ".", "-" or "_" (at most 120)' },
      { path: 'row 2.source_url', message: 'source_url must be an http(s) URL' },
      { path: 'row 3.colour', message: 'unknown field "colour"' },
    ]);
  });

  it.each([
    ['the shipped history', readHistoryFile(SHIPPED_HISTORY)],
    ['a synthetic world', syntheticWorld(3_000, 42) as unknown as Array<Record<string, unknown>>],
  ])('accepts every row of %s, with the import hashes the decorators gave them', (_name, table) => {
    for (const value of table) {
      const checked = checkedHistoryRow(value);
      expect(checked).not.toBeNull();
      expect(historyRowHash(checked!)).toBe(canonicalHash(byDecorators(value).row, 20));
    }
  });
});
