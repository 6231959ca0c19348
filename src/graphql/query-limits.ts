import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError } from 'graphql';
import { costError, MAX_COST } from './query-cost';

/**
 * Limits every operation must pass before anything runs, pinned here rather than left to library
 * defaults. Depth is 8 rather than 6 because a Relay connection spends two levels (edges, node).
 */
export const QUERY_LIMITS = {
  maxDepth: 8,
  maxCost: MAX_COST,
  maxAliases: 15,
  maxDirectives: 50,
  maxTokens: 1000,
} as const;

/** For graphql-js parse(): stop reading a document past the token limit. */
export const PARSE_OPTIONS = { maxTokens: QUERY_LIMITS.maxTokens } as const;

export function queryLimitProtection() {
  return new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, flattenFragments: true, ignoreIntrospection: true },
    // Cost needs the operation's variables: see queryCostLimit.
    costLimit: { enabled: false },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    // Tokens are limited by graphql-js's own parser (see parseOptions), which fails with a 400.
    maxTokens: { enabled: false },
    // Apollo's hideSchemaDetailsFromClientErrors removes suggestions in production instead.
    blockFieldSuggestion: { enabled: false },
  }).protect();
}

/** Refuses an operation over the cost limit once its variables are known, before it runs. */
export function queryCostLimit(): ApolloServerPlugin {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ schema, document, request, operationName }) => {
        const error = costError(schema, document, request.variables, operationName);
        if (error)
          throw new GraphQLError(error.message, {
            extensions: { ...error.extensions, http: { status: 400 } },
          });
      },
    }),
  };
}
