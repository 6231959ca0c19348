import {
  getArgumentValues,
  getNamedType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { LONGEST_CHAIN_LINKS } from '../domain/chain-limits';

type Sizes = Record<string, number>;

/**
 * Lists a query field sizes for the object it returns, from its arguments: a chain's steps and
 * links by maxEvents and maxLinks, a longest chain's by the links the statement follows.
 */
const SIZED_BY_QUERY_FIELD: Record<string, (args: Record<string, unknown>) => Sizes> = {
  chain: (args) => ({ steps: Number(args['maxEvents']), links: Number(args['maxLinks']) }),
  dyadTimeline: (args) => ({ steps: Number(args['maxEvents']), links: Number(args['maxLinks']) }),
  chainGraph: (args) => ({ nodes: Number(args['maxEvents']), edges: Number(args['maxLinks']) }),
  longestChains: () => ({ steps: LONGEST_CHAIN_LINKS + 1, links: LONGEST_CHAIN_LINKS }),
};

/**
 * The size of each list field of an operation whose size the query field above it sets (a
 * chain's steps by its maxEvents), with the operation's variables. A selection shared through a
 * fragment by several such fields takes the largest.
 */
export function listsSizedByQueryField(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
): Map<FieldNode, number> {
  const sized = new Map<FieldNode, number>();
  const fragments = new Map(
    document.definitions.flatMap((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : [],
    ),
  );

  const record = (selectionSet: SelectionSetNode, sizes: Sizes, seen: Set<string>): void => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const size = sizes[selection.name.value];
        if (size !== undefined && Number.isFinite(size))
          sized.set(selection, Math.max(size, sized.get(selection) ?? 0));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        record(selection.selectionSet, sizes, seen);
      } else if (!seen.has(selection.name.value)) {
        const fragment = fragments.get(selection.name.value);
        if (fragment) record(fragment.selectionSet, sizes, new Set([...seen, selection.name.value]));
      }
    }
  };

  const walkRoot = (selectionSet: SelectionSetNode, root: GraphQLObjectType, seen: Set<string>): void => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const field = root.getFields()[selection.name.value];
        const sizesOf = SIZED_BY_QUERY_FIELD[selection.name.value];
        if (!field || !sizesOf || !selection.selectionSet || !isObjectType(getNamedType(field.type)))
          continue;
        let args: Record<string, unknown>;
        try {
          args = getArgumentValues(field, selection, variables);
        } catch {
          continue; // execution reports bad arguments
        }
        record(selection.selectionSet, sizesOf(args), new Set());
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walkRoot(selection.selectionSet, root, seen);
      } else if (!seen.has(selection.name.value)) {
        const fragment = fragments.get(selection.name.value);
        if (fragment) walkRoot(fragment.selectionSet, root, new Set([...seen, selection.name.value]));
      }
    }
  };

  const queryType = schema.getQueryType();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION && queryType && isQuery(definition))
      walkRoot(definition.selectionSet, queryType, new Set());
  }
  return sized;
}

const isQuery = (operation: OperationDefinitionNode): boolean => operation.operation === 'query';
