import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isLeafType,
  isListType,
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { LIST_CAP } from '../graph/pagination';
import { CostCache } from './cost-cache';
import { listsSizedByQueryField } from './sized-lists';

/** Most objects one operation may return, counted as below. */
export const MAX_COST = 20_000;

/** Types whose lists the field that returns them already sized (by `first` or `maxNodes`). */
const SIZED_BY_PARENT = /(Connection|Subgraph)$/;

/**
 * The objects a field can return: the size its query field set (a chain's steps by maxEvents, its
 * links by maxLinks), else its page size (`first`, `maxNodes`, from literals or variables alike),
 * else the cap of a list (every list that grows with the data returns at most LIST_CAP), else one;
 * times one for itself plus what each of them selects. Scalars cost nothing of their own: what a
 * query costs is how many objects it can make the server load and send.
 */
const objectsReturned =
  (sizedLists: Map<FieldNode, number>): ComplexityEstimator =>
  ({ type, field, node, args, childComplexity }) => {
    if (isLeafType(getNamedType(field.type))) return 0;
    const size =
      sizedLists.get(node) ??
      (typeof args['first'] === 'number'
        ? args['first']
        : typeof args['maxNodes'] === 'number'
          ? args['maxNodes']
          : isListType(getNullableType(field.type)) && !SIZED_BY_PARENT.test(type.name)
            ? LIST_CAP
            : 1);
    return size * (1 + childComplexity);
  };

/**
 * The cost of an operation with its variables, or null when it cannot be computed (an unknown
 * operation, variables of the wrong type: execution reports those).
 */
export function operationCost(
  schema: GraphQLSchema,
  query: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | null | undefined,
): number | null {
  try {
    return getComplexity({
      schema,
      query,
      variables: variables ?? {},
      operationName: operationName ?? undefined,
      estimators: [objectsReturned(listsSizedByQueryField(schema, query, variables ?? {}))],
    });
  } catch {
    return null;
  }
}

const costs = new WeakMap<GraphQLSchema, CostCache<number | null>>();

/** The error for an operation over MAX_COST; null when it is within. Shared by HTTP and WebSocket. */
export function costError(
  schema: GraphQLSchema,
  query: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | null | undefined,
): GraphQLError | null {
  let cache = costs.get(schema);
  if (!cache) {
    cache = new CostCache();
    costs.set(schema, cache);
  }
  const cost = cache.get(query, operationName, variables, () =>
    operationCost(schema, query, variables, operationName),
  );
  if (cost === null || cost <= MAX_COST) return null;
  return new GraphQLError(
    `Query cost ${cost} exceeds the limit of ${MAX_COST} (each list counts its page size or its cap of ${LIST_CAP})`,
    { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
  );
}
