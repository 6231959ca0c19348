import { serverAudits } from 'graphql-http';
import type { RunningApplication } from '../../src/application';
import { startTestApplication } from '../support/test-application';

describe('the GraphQL-over-HTTP audits of graphql-http', () => {
  let app: RunningApplication;

  beforeAll(async () => {
    app = await startTestApplication({ SEED_ON_EMPTY: 'false' });
  });

  afterAll(() => app.stop());

  it('passes every MUST, and reports how many SHOULD and MAY it meets', async () => {
    const audits = serverAudits({ url: () => app.graphqlUrl, fetchFn: fetch });
    const results = await Promise.all(audits.map((audit) => audit.fn()));
    const failedMust = results.filter((result) => result.name.startsWith('MUST') && result.status !== 'ok');
    expect(failedMust.map((result) => `${result.name}: ${'reason' in result ? result.reason : ''}`)).toEqual(
      [],
    );
    const tally = (level: string) => {
      const of = results.filter((result) => result.name.startsWith(level));
      return `${of.filter((result) => result.status === 'ok').length}/${of.length}`;
    };
    console.info(
      `graphql-http audits: MUST ${tally('MUST')}, SHOULD ${tally('SHOULD')}, MAY ${tally('MAY')}`,
    );
    for (const result of results.filter((r) => r.status !== 'ok'))
      console.info(`  ${result.status}: ${result.name}`);
  });
});
