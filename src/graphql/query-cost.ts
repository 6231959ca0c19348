import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isLeafType,
  isListType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
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
 * How many `__typename` a selection set asks for, through its fragments, aliases and all. The cost
 * library skips `__typename` (no schema field holds it) and the alias limit allows it: counted here,
 * each costs one, so thousands of aliased `__typename` under a page are refused like any other cost.
 */
function typenamesIn(
  selectionSet: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  seen: ReadonlySet<string> = new Set(),
): number {
  let count = 0;
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value === '__typename') count += 1;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      count += typenamesIn(selection.selectionSet, fragments, seen);
    } else if (!seen.has(selection.name.value)) {
      const fragment = fragments.get(selection.name.value);
      count += typenamesIn(fragment?.selectionSet, fragments, new Set([...seen, selection.name.value]));
    }
  }
  return count;
}

/**
 * The objects a field can return: the size its query field set (a chain's steps by maxEvents, its
 * links by maxLinks), else its page size (`first`, `maxNodes`, from literals or variables alike),
 * else the cap of a list (every list that grows with the data returns at most LIST_CAP), else one;
 * times one for itself plus what each of them selects. Scalars cost nothing of their own: what a
 * query costs is how many objects it can make the server load and send (and each `__typename`).
 */
const objectsReturned =
  (sizedLists: Map<FieldNode, number>, fragments: Map<string, FragmentDefinitionNode>): ComplexityEstimator =>
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
    return size * (1 + childComplexity + typenamesIn(node.selectionSet, fragments));
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
    const fragments = new Map<string, FragmentDefinitionNode>();
    const operations = [];
    for (const definition of query.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
      if (definition.kind === Kind.OPERATION_DEFINITION) operations.push(definition);
    }
    const operation = operationName
      ? operations.find((candidate) => candidate.name?.value === operationName)
      : operations[0];
    const objects = getComplexity({
      schema,
      query,
      variables: variables ?? {},
      operationName: operationName ?? undefined,
      estimators: [objectsReturned(listsSizedByQueryField(schema, query, variables ?? {}), fragments)],
    });
    return objects + typenamesIn(operation?.selectionSet, fragments);
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
