import { readFileSync } from 'node:fs';
import { fromProjectRoot } from '../../src/project-root';
import { prepareReport } from '../../src/report/prepare-report';
import { checkReportDocument } from '../../src/report/validate-report';

async function preparedFixture() {
  const content: unknown = JSON.parse(
    readFileSync(fromProjectRoot('test/fixtures/reports/valid-exchange.json'), 'utf8'),
  );
  const result = await checkReportDocument(content);
  if (!result.ok) throw new Error('fixture does not validate');
  return prepareReport(result.report);
}

describe('preparing a report for writing', () => {
  it('fills CAMEO and PLOVER codes from the event type', async () => {
    const { events } = await preparedFixture();
    expect(events[0]?.props).toMatchObject({
      cameoCode: '161',
      goldstein: -4,
      ploverCategory: 'SANCTION',
      ploverMode: 'expel',
    });
  });

  it('stores EDTF dates with native bounds and flags', async () => {
    const { events } = await preparedFixture();
    const props = events[1]!.props;
    expect(props['date']).toBe('2023-05~');
    expect(String(props['dateEarliest'])).toBe('2023-05-01');
    expect(String(props['dateLatest'])).toBe('2023-05-31');
    expect(props).toMatchObject({ datePrecision: 'MONTH', dateApproximate: true, disclosed: '2023-05-10' });
  });

  it('derives stable ids for relations and claims given without one', async () => {
    const first = await preparedFixture();
    const second = await preparedFixture();
    expect(first.relations[1]?.id).toMatch(/^rel:[0-9a-f]{20}$/);
    expect(first.relations[1]?.id).toBe(second.relations[1]?.id);
    expect(first.hash).toBe(second.hash);
  });

  it('never sends nulls, so a report that omits a property keeps what another stated', async () => {
    const { events, entities } = await preparedFixture();
    for (const row of [...events, ...entities]) {
      expect(Object.values(row.props)).not.toContain(null);
      expect(Object.values(row.props)).not.toContain(undefined);
    }
  });

  it('points claims from a comment at the comment, not the article', async () => {
    const { claims } = await preparedFixture();
    expect(claims.map((claim) => claim.statedIn)).toEqual([
      'source:fixture-exchange',
      'source:fixture-exchange',
      'source:fixture-exchange#comment-1',
    ]);
    expect(claims[1]?.aboutRelation).toBe(true);
  });
});
