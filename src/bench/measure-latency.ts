import { summarize, timed, type LatencySummary } from './latency';

export interface PairedLatency {
  graphql: LatencySummary;
  cypher: LatencySummary;
  /** GraphQL p50 over Cypher p50. */
  ratioP50: number;
}

/**
 * The same work through the API and as the Cypher it runs, input by input, alternating so that
 * neither side profits from caches the other warmed. The first `warmUp` inputs are not counted.
 */
export async function pairedLatency<T>(
  inputs: T[],
  viaGraphql: (input: T) => Promise<unknown>,
  viaCypher: (input: T) => Promise<unknown>,
  warmUp = 20,
): Promise<PairedLatency> {
  for (const input of inputs.slice(0, warmUp)) {
    await viaGraphql(input);
    await viaCypher(input);
  }
  const graphql: number[] = [];
  const cypher: number[] = [];
  for (const input of inputs) {
    graphql.push((await timed(() => viaGraphql(input)))[0]);
    cypher.push((await timed(() => viaCypher(input)))[0]);
  }
  const [g, c] = [summarize(graphql), summarize(cypher)];
  return { graphql: g, cypher: c, ratioP50: Math.round((g.p50 / c.p50) * 100) / 100 };
}
