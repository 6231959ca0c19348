import type { RunningApplication } from '../../src/application';
import { answeredWave, mutuallyLinked } from '../../src/bench/dense-worlds';
import { HistoryImportService } from '../../src/history/history-import.service';
import { HistoryRepository } from '../../src/history/history.repository';
import { postGraphQL, startTestApplication } from '../support/test-application';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const WAVE_STATES = ['GB', 'FR', 'DE', 'IT', 'ES', 'NL', 'BE', 'PL', 'CZ', 'SK', 'HU', 'RO', 'BG'];
const WAVE_STATES_23 = [...WAVE_STATES, 'LT', 'LV', 'EE', 'FI', 'SE', 'DK', 'NO', 'IE', 'PT', 'AT'];

/**
 * Chains over dense link graphs, where the paths among a few dozen events run to the millions:
 * walked breadth-first, depth bounds what is reached, and every answer comes back (a statement
 * that enumerated paths would not finish within the test's time).
 */
describe('chains over dense link graphs', () => {
  let app: RunningApplication;

  const data = async (query: string) => {
    const { body } = await postGraphQL(app, { query });
    expect(body.errors).toBeUndefined();
    return body.data as Json;
  };
  const ids = (chain: Json): string[] => chain.steps.map((step: Json) => step.event.id).sort();

  beforeAll(async () => {
    app = await startTestApplication({ SEED_ON_EMPTY: 'false' });
    const rows = [
      ...mutuallyLinked('dense8', 8),
      ...mutuallyLinked('dense30', 30),
      ...answeredWave('wave', WAVE_STATES_23, 'RU'),
    ];
    const imported = await new HistoryImportService(new HistoryRepository(app.executor)).import(
      rows as unknown as Record<string, unknown>[],
    );
    expect(imported.rejected).toBe(0);
  });

  afterAll(() => app.stop());

  it('reads a depth-1 component of eight mutually linked measures: all eight, every link', async () => {
    const { chain } = await data(
      '{ chain(eventId: "event:dense8-1", depth: 1, scope: COMPONENT) { steps { event { id } } links { link { id } } } }',
    );
    expect(chain.steps).toHaveLength(8);
    expect(chain.links).toHaveLength((8 * 7) / 2);
  });

  it('reads thirty mutually linked measures at every depth and scope', async () => {
    for (const scope of ['COMPONENT', 'LINEAGE']) {
      const { chain } = await data(
        `{ chain(eventId: "event:dense30-7", depth: 10, scope: ${scope}, maxLinks: 500) { steps { event { id } } links { proposed } } }`,
      );
      expect(chain.steps).toHaveLength(30);
      expect(chain.links).toHaveLength((30 * 29) / 2);
    }
  });

  it('stops at the depth asked in a wave answered twice', async () => {
    const lineage = async (depth: number, scope: string) =>
      ids(
        (
          await data(
            `{ chain(eventId: "event:wave-act", depth: ${depth}, scope: ${scope}) { steps { event { id } } } }`,
          )
        ).chain,
      );
    const wave = WAVE_STATES_23.map((code) => `event:wave-wave-${code.toLowerCase()}`);
    const answers = WAVE_STATES_23.map((code) => `event:wave-answer-${code.toLowerCase()}`);
    const counters = WAVE_STATES_23.map((code) => `event:wave-counter-${code.toLowerCase()}`);
    expect(await lineage(1, 'LINEAGE')).toEqual(['event:wave-act', ...wave].sort());
    expect(await lineage(2, 'LINEAGE')).toEqual(['event:wave-act', ...wave, ...answers].sort());
    expect(await lineage(3, 'COMPONENT')).toEqual(
      ['event:wave-act', ...wave, ...answers, ...counters].sort(),
    );
    // From one counter-measure, depth 1 reaches only what it answered; depth 2 comes back to the
    // other counters through the answers.
    const fromCounter = await data(
      '{ chain(eventId: "event:wave-counter-gb", depth: 2, scope: COMPONENT) { steps { event { id } } } }',
    );
    expect(ids(fromCounter.chain)).toEqual([...answers, ...wave, ...counters].sort());
  });

  it('finds each longest chain of the wave once per measure and act, by its most direct route', async () => {
    const { longestChains } = await data(
      '{ longestChains(first: 50) { steps { event { id } } links { link { id } } } }',
    );
    // 23 counter-measures, each reaching the act through 23 × 23 routes of three links: one chain each.
    const waveChains = longestChains.filter((chain: Json) =>
      chain.steps.some((step: Json) => step.event.id === 'event:wave-act'),
    );
    expect(waveChains).toHaveLength(23);
    for (const chain of waveChains) expect(chain.links).toHaveLength(3);
    const leaves = waveChains.map(
      (chain: Json) =>
        chain.steps.find((step: Json) => step.event.id.startsWith('event:wave-counter-')).event.id,
    );
    expect(new Set(leaves).size).toBe(23);
  });
});
