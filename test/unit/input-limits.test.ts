import { readFileSync } from 'node:fs';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { flattenValidationErrors } from '../../src/domain/problems';
import { isCalendarDate } from '../../src/domain/validators';
import { prepareHistory } from '../../src/history/prepare-history';
import { fromProjectRoot } from '../../src/project-root';
import { checkReportDocument } from '../../src/report/validate-report';
import { SubgraphArgs } from '../../src/graph-output/graph-output.args';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const fixture = (): Json =>
  JSON.parse(readFileSync(fromProjectRoot('test/fixtures/reports/valid-exchange.json'), 'utf8')) as Json;

describe('input limits', () => {
  it('locates a 9,000-character id and a 92 kB date in a report, with the limit and without the value', async () => {
    const report = fixture();
    report['events'][0]['id'] = `event:${'a'.repeat(9_000)}`;
    report['events'][1]['date'] = '2020-01-01'.repeat(9_200);
    report['source']['authors'] = ['x'.repeat(301)];
    const result = await checkReportDocument(report);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      {
        path: 'source.authors',
        message: 'each value of authors must have at most 300 characters (one has 301)',
      },
      { path: 'events[0].id', message: 'an id has at most 200 characters (this one has 9006)' },
      { path: 'events[1].date', message: 'an EDTF date has at most 64 characters (this one has 92000)' },
    ]);
    for (const problem of result.problems) expect(problem.message.length).toBeLessThan(200);
  });

  it('locates an oversize history value at its row and column', () => {
    const { problems } = prepareHistory([
      {
        id: 'r1',
        date: '9'.repeat(92_000),
        actor: 'France',
        target: 'x'.repeat(9_000),
        measure: 'expulsion',
      },
    ]);
    expect(problems).toEqual([
      { path: 'row 1.date', message: 'an EDTF date has at most 64 characters (this one has 92000)' },
      {
        path: 'row 1.target',
        message: 'each value of target must have at most 100 characters (one has 9000)',
      },
      {
        path: 'row 1.target',
        message: expect.stringContaining('is not an ISO 3166-1 code or English state name'),
      },
    ]);
  });

  it.each([
    ['2021-02-28', true],
    ['2024-02-29', true],
    ['0000-01-01', true],
    ['2023-02-29', false],
    ['2021-02-01T00:00:00Z', false],
    ['2021-02-01T10:00', false],
    ['2021-W05', false],
    ['2021-032', false],
    ['20210201', false],
    ['2021-02', false],
    ['+002021-02-01', false],
    [20210201, false],
  ])('isCalendarDate(%p) is %p', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });

  it('says the expected form of a day argument', () => {
    const args = plainToInstance(SubgraphArgs, { ids: ['state:FR'], from: '2021-02-01T00:00:00Z' });
    expect(flattenValidationErrors(validateSync(args))).toEqual([
      {
        path: 'from',
        message: 'from must be a calendar day written YYYY-MM-DD, such as 2021-02-28 (no time, no time zone)',
      },
    ]);
  });
});
