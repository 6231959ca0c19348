import type { RunningApplication } from '../../src/application';
import { HistoryImportService } from '../../src/history/history-import.service';
import { HistoryRepository } from '../../src/history/history.repository';
import { postGraphQL, startTestApplication } from '../support/test-application';

const ROWS = [
  { id: 'tv-1', date: '2001-01-01' },
  { id: 'tv-2', date: '2003-05-02' },
  { id: 'tv-3', date: '2002' },
  { id: 'tv-4', date: '2003-05-02' },
  { id: 'tv-5', date: '/2000-01-01' },
  { id: 'tv-6', date: '/1999-06' },
].map((row) => ({ ...row, actor: 'TV', target: 'NR', measure: 'summons' }));

describe('events ordered by date', () => {
  let app: RunningApplication;

  beforeAll(async () => {
    app = await startTestApplication();
    const summary = await new HistoryImportService(new HistoryRepository(app.executor)).import(ROWS);
    expect(summary.created).toBe(ROWS.length);
  });

  afterAll(() => app.stop());

  const pages = async (direction: 'ASC' | 'DESC', size: number): Promise<string[]> => {
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { body } = await postGraphQL(app, {
        query: `query($after: String) { events(first: ${size}, after: $after, filter: {party: "state:TV"},
          orderBy: {field: DATE, direction: ${direction}}) { pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
        variables: { after },
      });
      expect(body.errors).toBeUndefined();
      const events = (
        body.data as {
          events: {
            pageInfo: { hasNextPage: boolean; endCursor: string };
            edges: Array<{ node: { id: string } }>;
          };
        }
      ).events;
      ids.push(...events.edges.map((edge) => edge.node.id.replace('event:', '')));
      if (!events.pageInfo.hasNextPage) return ids;
      after = events.pageInfo.endCursor;
    }
  };

  it.each([1, 2, 3, 10])('puts events with a known start first, ties by id, pages of %i', async (size) => {
    expect(await pages('ASC', size)).toEqual(['tv-1', 'tv-3', 'tv-2', 'tv-4', 'tv-5', 'tv-6']);
    expect(await pages('DESC', size)).toEqual(['tv-2', 'tv-4', 'tv-3', 'tv-1', 'tv-5', 'tv-6']);
  });

  it('counts what it lists', async () => {
    const { body } = await postGraphQL(app, {
      query: `{ events(first: 10, filter: {party: "state:TV"}, orderBy: {field: DATE, direction: DESC}) { totalCount edges { node { id } } } }`,
    });
    expect(body.errors).toBeUndefined();
    expect(body.data).toMatchObject({ events: { totalCount: 6 } });
  });
});
