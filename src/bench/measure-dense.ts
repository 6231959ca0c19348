import type { Executor } from '../db/executor';
import { tableOfRows } from '../history/history-table';
import { answeredWave, mutuallyLinked } from './dense-worlds';
import type { GraphQLPost } from './graphql-client';
import { summarize, timed, type LatencySummary } from './latency';
import { measureImport } from './measure-import';

export interface DenseResult {
  query: string;
  latency: LatencySummary;
}

const WAVE = ['GB', 'FR', 'DE', 'IT', 'ES', 'NL', 'BE', 'PL', 'CZ', 'SK', 'HU', 'RO'];
const WAVE_23 = [...WAVE, 'BG', 'LT', 'LV', 'EE', 'FI', 'SE', 'DK', 'NO', 'IE', 'PT', 'AT'];

const CHAIN = (id: string, depth: number, scope: string) =>
  `{ chain(eventId: "${id}", depth: ${depth}, scope: ${scope}) { escalation steps { event { id } } links { link { id } } } }`;

/** Link graphs whose paths run to the millions: eight and thirty measures each answering all before it, a 23-state wave answered twice. */
const QUERIES: Array<[string, string]> = [
  ['8 fully linked, component, depth 1', CHAIN('event:dense8-1', 1, 'COMPONENT')],
  ['8 fully linked, component, depth 10', CHAIN('event:dense8-1', 10, 'COMPONENT')],
  ['30 fully linked, component, depth 10', CHAIN('event:dense30-1', 10, 'COMPONENT')],
  ['30 fully linked, lineage, depth 10', CHAIN('event:dense30-1', 10, 'LINEAGE')],
  ['23-state wave answered twice, component, depth 10', CHAIN('event:wave-act', 10, 'COMPONENT')],
  [
    '23-state wave answered twice, lineage from a counter, depth 10',
    CHAIN('event:wave-counter-gb', 10, 'LINEAGE'),
  ],
  [
    'longestChains(first: 50) over all of them',
    '{ longestChains(first: 50) { escalation links { link { id } } } }',
  ],
];

/** Replaces the events with the dense worlds, then times each chain query `repeat` times through the API. */
export async function measureDense(
  executor: Executor,
  post: GraphQLPost,
  repeat = 10,
): Promise<DenseResult[]> {
  await measureImport(
    executor,
    tableOfRows([
      ...mutuallyLinked('dense8', 8),
      ...mutuallyLinked('dense30', 30),
      ...answeredWave('wave', WAVE_23, 'RU'),
    ] as unknown as Record<string, unknown>[]),
  );
  const results: DenseResult[] = [];
  for (const [name, query] of QUERIES) {
    const durations: number[] = [];
    for (let round = 0; round < repeat; round += 1) durations.push((await timed(() => post(query)))[0]);
    results.push({ query: name, latency: summarize(durations) });
  }
  return results;
}
