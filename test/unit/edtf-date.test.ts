import { parseEdtf, parseWithGrammar } from '../../src/domain/edtf-date';

describe('parseEdtf', () => {
  it.each([
    ['2022-04-11', '2022-04-11', '2022-04-11', 'DAY', false],
    ['2021-02', '2021-02-01', '2021-02-28', 'MONTH', false],
    ['2020-12~', '2020-12-01', '2020-12-31', 'MONTH', true],
    ['2020-41', '2020-07-01', '2020-12-31', 'SEASON', false],
    ['2021-02~/2021-03-08', '2021-02-01', '2021-03-08', 'INTERVAL', true],
    ['196X', '1960-01-01', '1969-12-31', 'YEAR', false],
  ])('%s spans %s to %s', (edtf, earliest, latest, precision, approximate) => {
    expect(parseEdtf(edtf)).toMatchObject({ edtf, earliest, latest, precision, approximate });
  });

  it('keeps an unknown start or an open end unbounded', () => {
    expect(parseEdtf('/2022-04-11')).toMatchObject({ earliest: null, latest: '2022-04-11' });
    expect(parseEdtf('2021-02/..')).toMatchObject({ earliest: '2021-02-01', latest: null });
  });

  it('flags uncertainty', () => {
    expect(parseEdtf('1961?')).toMatchObject({ uncertain: true, approximate: false });
  });

  it.each(['2021-13', '2021-02-30', 'last Monday', ''])('rejects %p with a plain message', (input) => {
    expect(() => parseEdtf(input)).toThrow(`"${input}" is not an EDTF date`);
  });

  it('answers plain years, months and days as the grammar does', () => {
    const samples = [
      '1999',
      '2000',
      '1900',
      '2024-02',
      '2023-02',
      '2000-02-29',
      '1961-12-31',
      '0101-03',
      '2021-01-01',
    ];
    for (const day of [1, 28, 29, 30, 31]) samples.push(`2024-02-${String(day).padStart(2, '0')}`);
    for (const input of samples) {
      let expected: unknown;
      try {
        expected = parseWithGrammar(input);
      } catch (error) {
        expected = (error as Error).message;
      }
      let actual: unknown;
      try {
        actual = parseEdtf(input);
      } catch (error) {
        actual = (error as Error).message;
      }
      expect(actual).toEqual(expected);
    }
  });
});
