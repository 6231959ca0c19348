import type { RunningApplication } from '../../src/application';
import { answeredWave, mutuallyLinked } from '../../src/bench/dense-worlds';
import { HistoryImportService } from '../../src/history/history-import.service';
import { HistoryRepository } from '../../src/history/history.repository';
import { postGraphQL, startTestApplication, TEST_API_KEYS } from '../support/test-application';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const WAVE_STATES = ['GB', 'FR', 'DE', 'IT', 'ES', 'NL', 'BE', 'PL', 'CZ', 'SK', 'HU', 'RO', 'BG'];

/** Twelve measures between Poland and Czechia, a month apart, each answering the one before. */
const datedExchange = () =>
  mutuallyLinked('dated', 12).map((row, index) => ({
    ...row,
    date: `2023-${String(12 - index).padStart(2, '0')}-01`,
    actor: index % 2 === 0 ? 'PL' : 'CZ',
    target: index % 2 === 0 ? 'CZ' : 'PL',
    responds_to: index < 11 ? `dated-${index + 2}` : '',
  }));

/**
 * Chains and dyad timelines return at most maxEvents events (nearest to the start, or earliest)
 * and maxLinks links among them, and say when they cut something.
 */
describe('chain caps', () => {
  let app: RunningApplication;

  const data = async (query: string) => {
    const { body } = await postGraphQL(app, { query });
    expect(body.errors).toBeUndefined();
    return body.data as Json;
  };
  const CHAIN_FIELDS = 'truncated steps { event { id } } links { link { from { id } to { id } } }';
  const linksWithin = (chain: Json) => {
    const ids = new Set(chain.steps.map((step: Json) => step.event.id));
    return chain.links.every((link: Json) => ids.has(link.link.from.id) && ids.has(link.link.to.id));
  };

  beforeAll(async () => {
    app = await startTestApplication({ SEED_ON_EMPTY: 'false' });
    const rows = [
      ...mutuallyLinked('dense8', 8),
      ...mutuallyLinked('dense30', 30),
      ...answeredWave('wave', WAVE_STATES, 'RU'),
      ...datedExchange(),
    ];
    const imported = await new HistoryImportService(new HistoryRepository(app.executor)).import(
      rows as unknown as Record<string, unknown>[],
    );
    expect(imported.problems).toEqual([]);
  });

  afterAll(() => app.stop());

  it('cuts thirty densely linked measures at maxEvents, keeping the start and the links among them', async () => {
    for (const scope of ['COMPONENT', 'LINEAGE']) {
      const { chain } = await data(
        `{ chain(eventId: "event:dense30-7", depth: 10, scope: ${scope}, maxEvents: 10) { ${CHAIN_FIELDS} } }`,
      );
      expect(chain.steps).toHaveLength(10);
      expect(chain.steps.map((step: Json) => step.event.id)).toContain('event:dense30-7');
      expect(linksWithin(chain)).toBe(true);
      expect(chain.links).toHaveLength((10 * 9) / 2);
      expect(chain.truncated).toBe(true);
    }
  });

  it('keeps the nearest events: a wave before the answers to it', async () => {
    const wave = WAVE_STATES.map((code) => `event:wave-wave-${code.toLowerCase()}`);
    for (const scope of ['COMPONENT', 'LINEAGE']) {
      const { chain } = await data(
        `{ chain(eventId: "event:wave-act", depth: 3, scope: ${scope}, maxEvents: ${1 + WAVE_STATES.length}) { ${CHAIN_FIELDS} } }`,
      );
      expect(chain.steps.map((step: Json) => step.event.id).sort()).toEqual(
        ['event:wave-act', ...wave].sort(),
      );
      expect(chain.truncated).toBe(true);
    }
  });

  it('says nothing was cut when everything fits, even exactly', async () => {
    const { chain } = await data(
      `{ chain(eventId: "event:dense8-1", depth: 1, scope: COMPONENT, maxEvents: 8, maxLinks: 28) { ${CHAIN_FIELDS} } }`,
    );
    expect(chain.steps).toHaveLength(8);
    expect(chain.links).toHaveLength((8 * 7) / 2);
    expect(chain.truncated).toBe(false);
  });

  it('cuts the links at maxLinks', async () => {
    const { chain } = await data(
      `{ chain(eventId: "event:dense8-1", depth: 1, scope: COMPONENT, maxLinks: 20) { ${CHAIN_FIELDS} } }`,
    );
    expect(chain.steps).toHaveLength(8);
    expect(chain.links).toHaveLength(20);
    expect(linksWithin(chain)).toBe(true);
    expect(chain.truncated).toBe(true);
  });

  it('cuts a dyad timeline at maxEvents, earliest first, with the links among what it returns', async () => {
    const query = (cap: string) =>
      `{ dyadTimeline(a: "state:PL", b: "state:CZ"${cap}) { ${CHAIN_FIELDS} escalation sides { measures } } }`;
    const all = (await data(query(''))).dyadTimeline;
    expect(all.steps).toHaveLength(12);
    expect(all.truncated).toBe(false);

    const cut = (await data(query(', maxEvents: 5'))).dyadTimeline;
    expect(cut.steps.map((step: Json) => step.event.id)).toEqual(
      ['dated-12', 'dated-11', 'dated-10', 'dated-9', 'dated-8'].map((id) => `event:${id}`),
    );
    expect(cut.links).toHaveLength(4);
    expect(linksWithin(cut)).toBe(true);
    expect(cut.sides.reduce((total: number, side: Json) => total + side.measures, 0)).toBe(5);
    expect(cut.truncated).toBe(true);
  });

  it('cuts the chain graph and its export the same way', async () => {
    const { chainGraph } = await data(
      '{ chainGraph(eventId: "event:dense30-1", depth: 3, scope: COMPONENT, maxEvents: 10, maxLinks: 30) { truncated nodes { id } edges { id } } }',
    );
    expect(chainGraph.nodes).toHaveLength(10);
    expect(chainGraph.edges).toHaveLength(30);
    expect(chainGraph.truncated).toBe(true);

    const response = await fetch(
      `${app.url}/export/chain/event:dense30-1?scope=COMPONENT&maxEvents=6&format=cytoscape`,
      { headers: { 'x-api-key': TEST_API_KEYS.reader } },
    );
    expect(response.status).toBe(200);
    const exported = (await response.json()) as Json;
    expect(exported.elements.nodes).toHaveLength(6);
    expect(exported.elements.edges).toHaveLength((6 * 5) / 2);

    const tooMany = await fetch(`${app.url}/export/chain/event:dense30-1?maxEvents=201`, {
      headers: { 'x-api-key': TEST_API_KEYS.reader },
    });
    expect(tooMany.status).toBe(400);
  });

  it('refuses a cap outside its range, at the path of the argument', async () => {
    const { body } = await postGraphQL(app, {
      query: '{ chain(eventId: "event:dense8-1", maxEvents: 0) { truncated } }',
    });
    expect(body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(body.errors)).toContain('maxEvents');
  });
});
