import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * Limits every operation must pass before anything runs, pinned here rather than left to library
 * defaults. Depth is 8 rather than 6 because a Relay connection spends two levels (edges, node).
 */
export const QUERY_LIMITS = {
  maxDepth: 8,
  maxCost: 5000,
  maxAliases: 15,
  maxDirectives: 50,
  maxTokens: 1000,
} as const;

export function queryLimitProtection() {
  return new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, flattenFragments: true, ignoreIntrospection: true },
    costLimit: {
      maxCost: QUERY_LIMITS.maxCost,
      objectCost: 2,
      scalarCost: 1,
      depthCostFactor: 1.5,
      ignoreIntrospection: true,
    },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    maxTokens: { n: QUERY_LIMITS.maxTokens },
    // Apollo's hideSchemaDetailsFromClientErrors removes suggestions in production instead.
    blockFieldSuggestion: { enabled: false },
  }).protect();
}
