import { prepareHistory } from '../../src/history/prepare-history';

const row = (id: string, respondsTo: string[] = [], extra: Record<string, unknown> = {}) => ({
  id,
  date: '2023-06-01',
  actor: 'FI',
  target: ['EE'],
  measure: 'expulsion',
  responds_to: respondsTo,
  ...extra,
});

describe('prepareHistory', () => {
  it('accepts a chain of answers thousands of rows long', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => row(`m-${i}`, i === 0 ? [] : [`m-${i - 1}`]));
    const { problems, prepared } = prepareHistory(rows);
    expect(problems).toEqual([]);
    expect(prepared?.links).toHaveLength(19_999);
  });

  it('finds a cycle of answers, once, at the row that closes it', () => {
    const { problems, prepared } = prepareHistory([
      row('a', ['c']),
      row('b', ['a']),
      row('c', ['b']),
      row('d', ['a']),
    ]);
    expect(prepared).toBeNull();
    expect(problems).toEqual([
      {
        path: 'row 2.responds_to',
        message: '"a" answers this row, directly or through other rows: responds_to would close a cycle',
      },
    ]);
  });

  it('keeps one target per state however it is named', () => {
    const { prepared } = prepareHistory([row('ru', [], { target: ['RU', 'Russia', 'RUS'] })]);
    expect(prepared?.events[0]?.targets).toEqual(['state:RU']);
  });

  it('refuses a state among its own targets', () => {
    const { problems } = prepareHistory([row('self', [], { target: ['EE', 'FIN'] })]);
    expect(problems).toEqual([
      {
        path: 'row 1.target',
        message: '"Finland" is the acting state: a state does not take a measure against itself',
      },
    ]);
  });
});
