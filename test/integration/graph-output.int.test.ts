import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import type { RunningApplication } from '../../src/application';
import { postGraphQL, startTestApplication, TEST_API_KEYS } from '../support/test-application';

describe('graph-shaped output', () => {
  let app: RunningApplication;

  beforeAll(async () => {
    app = await startTestApplication();
  });

  afterAll(() => app.stop());

  it('returns the neighbourhood of an event as nodes and edges with stable ids, types and properties', async () => {
    const { body } = await postGraphQL(app, {
      query: `{ subgraph(ids: ["event:2022-04-11-fr-expels-six-russian-agents"], depth: 1, relationTypes: ["INITIATED_BY", "TARGETED", "EXPELLED", "RETALIATED_AGAINST"]) {
        truncated nodes { id type label properties } edges { id source target type label } } }`,
    });
    expect(body.errors).toBeUndefined();
    const graph = (
      body.data as {
        subgraph: {
          nodes: Array<{ id: string; type: string; properties: Record<string, unknown> }>;
          edges: Array<{ id: string; type: string }>;
        };
      }
    ).subgraph;
    expect(graph.nodes.map((node) => node.id)).toEqual(
      expect.arrayContaining([
        'event:2022-04-11-fr-expels-six-russian-agents',
        'state:FR',
        'state:RU',
        'event:2022-russian-intelligence-clandestine-operation-in-france',
      ]),
    );
    const six = graph.nodes.find((node) => node.id === 'event:2022-04-11-fr-expels-six-russian-agents');
    expect(six).toMatchObject({
      type: 'Event',
      properties: { date: '2022-04-11', dateEarliest: '2022-04-11' },
    });
    expect(graph.edges).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: 'rel:2022-fr-expels-six-answers-clandestine-operation',
          type: 'RETALIATED_AGAINST',
        }),
        expect.objectContaining({
          id: 'INITIATED_BY:event:2022-04-11-fr-expels-six-russian-agents->state:FR',
          type: 'INITIATED_BY',
        }),
      ]),
    );
  });

  it('keeps to maxNodes and says so', async () => {
    const { body } = await postGraphQL(app, {
      query: '{ subgraph(ids: ["state:FR"], depth: 2, maxNodes: 5) { truncated nodes { id } } }',
    });
    expect((body.data as { subgraph: { truncated: boolean; nodes: unknown[] } }).subgraph).toMatchObject({
      truncated: true,
    });
    expect((body.data as { subgraph: { nodes: unknown[] } }).subgraph.nodes).toHaveLength(5);
  });

  it('does not call a neighbourhood truncated when it fits exactly', async () => {
    const { body } = await postGraphQL(app, {
      query:
        '{ subgraph(ids: ["event:2022-04-11-fr-expels-six-russian-agents"], depth: 0, maxNodes: 1) { truncated nodes { id } } }',
    });
    expect((body.data as { subgraph: unknown }).subgraph).toEqual({
      truncated: false,
      nodes: [{ id: 'event:2022-04-11-fr-expels-six-russian-agents' }],
    });
  });

  it('refuses relationship types outside the allow-list', async () => {
    const { body } = await postGraphQL(app, {
      query: '{ subgraph(ids: ["state:FR"], relationTypes: ["KEPT"]) { truncated } }',
    });
    expect(body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('serves a chain over HTTP as GEXF that the GEXF parser reads, with the same credentials', async () => {
    const url = `${app.url}/export/chain/${encodeURIComponent('event:2020-12-ru-expels-french-diplomat-in-answer')}?format=gexf`;
    expect((await fetch(url)).status).toBe(401);
    const response = await fetch(url, { headers: { 'x-api-key': TEST_API_KEYS.reader } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('gexf');
    expect(response.headers.get('content-disposition')).toContain('riposte-chain.gexf');
    const graph = parseGexf(Graph, await response.text());
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(2);
  });

  it('answers 400 with the problems for bad export parameters, 404 for an unknown event', async () => {
    const headers = { 'x-api-key': TEST_API_KEYS.reader };
    const badFormat = await fetch(`${app.url}/export/subgraph?ids=state:FR&format=pdf`, { headers });
    expect(badFormat.status).toBe(400);
    const badDepth = await fetch(`${app.url}/export/subgraph?ids=state:FR&depth=9`, { headers });
    expect(badDepth.status).toBe(400);
    expect(await badDepth.json()).toMatchObject({ problems: [{ path: 'depth' }] });
    expect(
      (await fetch(`${app.url}/export/chain/event:nothing-here?format=graphml`, { headers })).status,
    ).toBe(404);
  });
});
