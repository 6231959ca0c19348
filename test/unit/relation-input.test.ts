import { checkReportDocument } from '../../src/report/validate-report';

describe('relations of the report format', () => {
  it('says that a retaliation link needs its confidence, at its path', async () => {
    const check = await checkReportDocument({
      format: 'riposte.report',
      version: 1,
      id: 'report:relation-check',
      source: { id: 'source:relation-check', kind: 'ARTICLE', title: 'A', language: 'en', reliability: 'B' },
      entities: [],
      events: [],
      relations: [{ type: 'RETALIATED_AGAINST', from: 'event:b', to: 'event:a', basis: 'STATED' }],
      claims: [],
    });
    expect(check.problems).toContainEqual({
      path: 'relations[0].confidence',
      message: 'a RETALIATED_AGAINST relation needs its confidence, 0 to 1',
    });
  });
});
