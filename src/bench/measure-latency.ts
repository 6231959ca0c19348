import { summarize, timed, type LatencySummary } from './latency';

export interface PairedLatency {
  graphql: LatencySummary;
  cypher: LatencySummary;
  /** GraphQL p50 over Cypher p50. */
  ratioP50: number;
  /** p50 of `{ __typename }` over the same HTTP stack, measured between the same samples: the floor. */
  floorP50?: number;
}

/**
 * The same work through the API and as the Cypher it runs, input by input, alternating so that
 * neither side profits from caches the other warmed. The first `warmUp` inputs are not counted.
 * With `floor`, a request that reaches no resolver is timed after each pair as well.
 */
export async function pairedLatency<T>(
  inputs: T[],
  viaGraphql: (input: T) => Promise<unknown>,
  viaCypher: (input: T) => Promise<unknown>,
  warmUp = 20,
  floor?: () => Promise<unknown>,
): Promise<PairedLatency> {
  for (const input of inputs.slice(0, warmUp)) {
    await viaGraphql(input);
    await viaCypher(input);
  }
  const graphql: number[] = [];
  const cypher: number[] = [];
  const floors: number[] = [];
  for (const input of inputs) {
    graphql.push((await timed(() => viaGraphql(input)))[0]);
    cypher.push((await timed(() => viaCypher(input)))[0]);
    if (floor) floors.push((await timed(floor))[0]);
  }
  const [g, c] = [summarize(graphql), summarize(cypher)];
  const ratioP50 = Math.round((g.p50 / c.p50) * 100) / 100;
  if (!floor) return { graphql: g, cypher: c, ratioP50 };
  return { graphql: g, cypher: c, ratioP50, floorP50: summarize(floors).p50 };
}
