import type { RunningApplication } from '../../src/application';
import { postGraphQL, startTestApplication } from '../support/test-application';

interface Hit {
  score: number;
  field: string | null;
  passage: string | null;
  node: { __typename: string; id: string };
}

describe('full-text search and lists', () => {
  let app: RunningApplication;

  beforeAll(async () => {
    app = await startTestApplication();
  });

  afterAll(() => app.stop());

  const search = async (args: string): Promise<Hit[]> => {
    const { body } = await postGraphQL(app, {
      query: `{ search(${args}) { score field passage node { __typename id } } }`,
    });
    expect(body.errors).toBeUndefined();
    return (body.data as { search: Hit[] }).search;
  };

  it('finds an organisation by an alias, ranked, with the matching passage', async () => {
    const hits = await search('text: "Quai d\'Orsay", kinds: [ACTOR]');
    expect(hits[0]).toMatchObject({
      node: { __typename: 'Organization', id: 'org:fr-mfa' },
      field: 'aliases',
    });
    expect(hits[0]?.passage).toContain('Quai d');
  });

  it('finds quotes and events, best first', async () => {
    const hits = await search('text: "symmetrical step"');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.map((hit) => hit.score)).toEqual([...hits.map((hit) => hit.score)].sort((a, b) => b - a));
    expect(
      hits.some(
        (hit) => hit.node.__typename === 'Claim' && hit.passage?.toLowerCase().includes('symmetrical'),
      ),
    ).toBe(true);
  });

  it('treats query syntax as words', async () => {
    expect(await search('text: "DGSI AND (OR" ')).not.toHaveLength(0);
    expect(await search('text: "\\"unbalanced"')).toBeDefined();
  });

  it('filters events by side, period, type and secrecy, with a total that matches', async () => {
    const { body } = await postGraphQL(app, {
      query: `{ events(first: 2, filter: {party: "state:RU", from: "2020-11-01", to: "2021-01-31", types: [EXPULSION], secret: true}, orderBy: {field: DATE, direction: ASC}) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
    });
    const events = (
      body.data as {
        events: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: Array<{ node: { id: string } }>;
        };
      }
    ).events;
    expect(events.totalCount).toBe(2);
    expect(events.edges.map((edge) => edge.node.id).sort()).toEqual([
      'event:2020-12-fr-expels-russian-economic-diplomat',
      'event:2020-12-ru-expels-french-diplomat-in-answer',
    ]);
    expect(events.pageInfo.hasNextPage).toBe(false);
  });

  it('pages with cursors without gaps or repeats', async () => {
    const page = async (after?: string) => {
      const { body } = await postGraphQL(app, {
        query: `query($after: String) { events(first: 10, after: $after, orderBy: {field: TITLE}) { pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
        variables: { after },
      });
      return (
        body.data as {
          events: {
            pageInfo: { hasNextPage: boolean; endCursor: string };
            edges: Array<{ node: { id: string } }>;
          };
        }
      ).events;
    };
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const current = await page(after);
      seen.push(...current.edges.map((edge) => edge.node.id));
      if (!current.pageInfo.hasNextPage) break;
      after = current.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(27);
    expect(new Set(seen).size).toBe(27);
  });

  it('rejects a cursor it did not make', async () => {
    const { body } = await postGraphQL(app, { query: '{ events(after: "bogus") { totalCount } }' });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });

  it('counts independent origins: relayed copies of Les Echos count once', async () => {
    const { body } = await postGraphQL(app, {
      query:
        '{ event(id: "event:2020-12-fr-expels-russian-economic-diplomat") { corroboration { sources voices independentOrigins origins { id } } } }',
    });
    expect((body.data as { event: { corroboration: unknown } }).event.corroboration).toEqual({
      sources: 2,
      voices: 2,
      independentOrigins: 1,
      origins: [{ id: 'org:les-echos' }],
    });
  });
});
