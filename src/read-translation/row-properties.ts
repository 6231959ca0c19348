import {
  getNamedType,
  isInterfaceType,
  isLeafType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { NODE_KINDS } from '../graph-write/id-declarations';

/**
 * The GraphQL types whose objects the mappers of src/model (or a resolver) build from a node row,
 * and those built from a relationship row: their fields name the properties those rows must carry.
 */
const NODE_TYPES: ReadonlySet<string> = new Set(['Node', 'Actor', ...NODE_KINDS]);
const RELATIONSHIP_TYPES: ReadonlySet<string> = new Set(['RetaliationLink', 'ActorRelation']);

/** The properties of the node rows and of the relationship rows of a translated statement. */
export interface RowProperties {
  node: readonly string[];
  rel: readonly string[];
}

/** Fields whose resolver reads other properties than the one of its name, by type and field. */
const READ_BY_RESOLVER: Readonly<Record<string, readonly string[]>> = {
  // The Admiralty grade: the source's reliability and the claim's credibility.
  'Claim.grade': ['reliability', 'credibility'],
  'Claim.subject': ['subjectId'],
  // Set by the resolver from the relationship read, not stored on it.
  'ActorRelation.type': [],
  'ActorRelation.direction': [],
};

/** An EDTF date is stored under a prefix (edtfValue reads it back): the property of each of its fields. */
const EDTF_TYPE = 'EdtfDateValue';
const EDTF_SUFFIXES: Readonly<Record<string, string>> = {
  edtf: '',
  earliest: 'Earliest',
  latest: 'Latest',
  precision: 'Precision',
  approximate: 'Approximate',
  uncertain: 'Uncertain',
};

/** Every row carries its id: loaders are keyed by it, and nested reads start from it. */
const ALWAYS = ['id'];

const PROPERTY_NAME = /^[a-z][A-Za-z0-9]*$/;

const byOperation = new WeakMap<OperationDefinitionNode, RowProperties>();

/**
 * The properties that the rows of a translated statement carry instead of all of them: those that
 * any field of the operation, at any depth and on any node (or relationship) type, reads. One set for the whole
 * operation, because the rows prime the request's loaders, which any later field may read (a
 * link's `to`, a node asked for by id). Names come from the schema's fields, never from the
 * request's text; the set depends on the shape of the document only, sorted, so the same
 * document gives the same statement text.
 */
export function rowProperties(info: GraphQLResolveInfo): RowProperties {
  const known = byOperation.get(info.operation);
  if (known) return known;
  const found = { node: new Set(ALWAYS), rel: new Set(ALWAYS) };
  const root = info.schema.getRootType(info.operation.operation);
  if (root) collect(info, info.operation.selectionSet, root, found);
  const properties = { node: checked(found.node), rel: checked(found.rel) };
  byOperation.set(info.operation, properties);
  return properties;
}

function checked(names: Set<string>): readonly string[] {
  for (const name of names)
    if (!PROPERTY_NAME.test(name)) throw new Error(`${name} is not a property name a row can carry`);
  return [...names].sort();
}

function collect(
  info: GraphQLResolveInfo,
  set: SelectionSetNode | undefined,
  type: GraphQLNamedType,
  found: { node: Set<string>; rel: Set<string> },
): void {
  for (const { node, field, parent } of fieldsOf(info, set, type)) {
    const into = NODE_TYPES.has(parent.name)
      ? found.node
      : RELATIONSHIP_TYPES.has(parent.name)
        ? found.rel
        : null;
    if (into) for (const name of propertiesOf(parent, field, node)) into.add(name);
    collect(info, node.selectionSet, getNamedType(field.type), found);
  }
}

function propertiesOf(
  parent: GraphQLNamedType,
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
): readonly string[] {
  const byResolver = READ_BY_RESOLVER[`${parent.name}.${field.name}`];
  if (byResolver) return byResolver;
  const type = getNamedType(field.type);
  if (type.name === EDTF_TYPE) {
    const parts = (node.selectionSet?.selections ?? []).flatMap((selection) =>
      selection.kind === Kind.FIELD ? [EDTF_SUFFIXES[selection.name.value]] : Object.values(EDTF_SUFFIXES),
    );
    return [field.name, ...parts.flatMap((suffix) => (suffix ? [`${field.name}${suffix}`] : []))];
  }
  return isLeafType(type) ? [field.name] : [];
}

/** The fields of a selection with the type each is selected on, through inline fragments and fragment spreads. */
function fieldsOf(
  info: GraphQLResolveInfo,
  set: SelectionSetNode | undefined,
  type: GraphQLNamedType,
): Array<{ node: FieldNode; field: GraphQLField<unknown, unknown>; parent: GraphQLNamedType }> {
  if (!set || !(isObjectType(type) || isInterfaceType(type))) return [];
  return set.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) {
      const field = type.getFields()[selection.name.value];
      return field ? [{ node: selection, field, parent: type }] : [];
    }
    const fragment =
      selection.kind === Kind.INLINE_FRAGMENT ? selection : info.fragments[selection.name.value];
    if (!fragment) return [];
    const condition = fragment.typeCondition ? info.schema.getType(fragment.typeCondition.name.value) : type;
    return condition ? fieldsOf(info, fragment.selectionSet, condition) : [];
  });
}
