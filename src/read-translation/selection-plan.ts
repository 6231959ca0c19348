import {
  getArgumentValues,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { LIST_CAP } from '../graph/pagination';
import { READ_FIELDS, type FieldRead } from './read-fields';
import { mergeReads, NO_READS, readsOf, type Read, type ReadPlan, type Reads } from './read-plan';
import { rowProperties } from './row-properties';

/** A field of the selection with the type that declares it, its arguments and its own selection. */
interface SelectedField {
  name: string;
  /** The type the field was selected on. */
  parent: GraphQLCompositeType;
  field: GraphQLField<unknown, unknown>;
  node: FieldNode;
}

interface Walk {
  info: GraphQLResolveInfo;
  /** Whether an argument of a translated field came from a variable: then the plan depends on them. */
  variablesRead: boolean;
}

/**
 * Plans by the field of the (cached, reused) parsed document they were made from, the paths asked
 * for and the properties read: a document seen before is not walked again, unless its plan depends
 * on variables. The same plan object then gives the same statement (see TranslatableRead).
 */
const plans = new WeakMap<FieldNode, Map<string, ReadPlan>>();

/**
 * What the request reads below the objects at `path` under the current field (['edges', 'node']
 * for a connection's nodes, [] for the field's own value): the list fields that translation reads,
 * at any depth. @skip and @include are not evaluated: a field they leave out is read anyway, so the
 * plan, and the statement's text, depend on the shape of the selection only.
 */
function selectionPlan(walk: Walk, path: readonly string[]): Reads {
  const { info } = walk;
  let nodes = info.fieldNodes.map((node) => node.selectionSet);
  let type: GraphQLNamedType = getNamedType(info.returnType);
  for (const step of path) {
    const next = nodes.flatMap((set) => fieldsOf(walk, set, type).filter((field) => field.name === step));
    if (next.length === 0) return NO_READS;
    type = getNamedType(next[0]!.field.type);
    nodes = next.map((field) => field.node.selectionSet);
  }
  return nodes.reduce<Reads>((plan, set) => mergeReads(plan, nodePlan(walk, set, type)), NO_READS);
}

/** The reads at several paths, merged (the objects they reach are read alike), with the properties the operation reads. */
export function selectionPlanAt(info: GraphQLResolveInfo, paths: ReadonlyArray<readonly string[]>): ReadPlan {
  const properties = rowProperties(info);
  const field = info.fieldNodes.length === 1 ? info.fieldNodes[0] : undefined;
  const key = `${JSON.stringify(paths)} ${properties.node.join(',')} ${properties.rel.join(',')}`;
  const known = field && plans.get(field)?.get(key);
  if (known) return known;
  const walk: Walk = { info, variablesRead: false };
  const reads = paths.reduce<Reads>(
    (merged, path) => mergeReads(merged, selectionPlan(walk, path)),
    NO_READS,
  );
  const plan: ReadPlan = { reads, properties };
  if (field && !walk.variablesRead) {
    const byPaths = plans.get(field) ?? new Map<string, ReadPlan>();
    byPaths.set(key, plan);
    plans.set(field, byPaths);
  }
  return plan;
}

function nodePlan(walk: Walk, set: SelectionSetNode | undefined, type: GraphQLNamedType): Reads {
  return readsOf(fieldsOf(walk, set, type).flatMap((selected) => fieldReads(walk, selected)));
}

/** The reads of one selected field: none for a field translation leaves to its resolver. */
function fieldReads(walk: Walk, selected: SelectedField): Read[] {
  const read = fieldRead(walk, selected);
  if (!read) return [];
  const set = selected.node.selectionSet;
  const childType = getNamedType(selected.field.type);
  const below = (path: string) =>
    fieldsOf(walk, set, childType)
      .filter((field) => field.name === path)
      .map((field) => ({ set: field.node.selectionSet, type: getNamedType(field.field.type) }));
  const planBelow = (path: string) =>
    below(path).reduce<Reads>((plan, { set, type }) => mergeReads(plan, nodePlan(walk, set, type)), NO_READS);

  switch (read.shape) {
    case 'node':
      return [
        { kind: 'neighbours', ...withoutShape(read), node: nodePlan(walk, set, childType), rel: NO_READS },
      ];
    case 'link': {
      const [far, near] = read.direction === 'OUT' ? ['to', 'from'] : ['from', 'to'];
      const claims = fieldsOf(walk, set, childType)
        .filter((field) => field.name === 'claims')
        .flatMap((field): Read[] => {
          const claimRead = fieldRead(walk, field);
          return claimRead?.shape === 'claimsAbout'
            ? [{ kind: 'claims', limit: claimRead.limit, source: claimSourcePlan(walk, field) }]
            : [];
        });
      const neighbour: Read = {
        kind: 'neighbours',
        direction: read.direction,
        type: 'RETALIATED_AGAINST',
        limit: read.limit,
        node: planBelow(far),
        rel: readsOf(claims),
      };
      // The near end is the parent itself: what is read below it is read with the parent.
      return [neighbour, ...planBelow(near).values()];
    }
    case 'claimsAbout':
      return [{ kind: 'claims', limit: read.limit, source: claimSourcePlan(walk, selected) }];
    case 'sourceClaims':
      // Each claim's source is the parent source, already known to its resolver.
      return [
        {
          kind: 'neighbours',
          direction: 'IN',
          type: 'STATED_IN',
          limit: read.limit,
          node: NO_READS,
          rel: NO_READS,
        },
        ...claimSourcePlan(walk, selected).values(),
      ];
    case 'relations': {
      const other = planBelow('other');
      return read.types.flatMap((type) =>
        (['OUT', 'IN'] as const).map((direction): Read => ({
          kind: 'neighbours',
          direction,
          type,
          limit: LIST_CAP,
          node: other,
          rel: NO_READS,
        })),
      );
    }
  }
}

function withoutShape(read: FieldRead & { shape: 'node' }) {
  const { direction, type, limit } = read;
  return { direction, type, limit };
}

/** What is read below the source of each claim of a claims field. */
function claimSourcePlan(walk: Walk, claims: SelectedField): Reads {
  const type = getNamedType(claims.field.type);
  return fieldsOf(walk, claims.node.selectionSet, type)
    .filter((field) => field.name === 'source')
    .reduce<Reads>(
      (plan, field) =>
        mergeReads(plan, nodePlan(walk, field.node.selectionSet, getNamedType(field.field.type))),
      NO_READS,
    );
}

/** The field's read from the table; null when it has none or its arguments would be refused. */
function fieldRead(walk: Walk, selected: SelectedField): FieldRead | null {
  if (selected.node.arguments?.some((argument) => readsVariable(argument.value))) walk.variablesRead = true;
  let args: Record<string, unknown>;
  try {
    args = getArgumentValues(selected.field, selected.node, walk.info.variableValues);
  } catch {
    return null;
  }
  const owner = ownerOf(selected.parent);
  const make = owner ? READ_FIELDS[owner]?.[selected.name] : undefined;
  return make ? make(args) : null;
}

function readsVariable(value: ValueNode): boolean {
  if (value.kind === Kind.VARIABLE) return true;
  if (value.kind === Kind.LIST) return value.values.some(readsVariable);
  if (value.kind === Kind.OBJECT) return value.fields.some((field) => readsVariable(field.value));
  return false;
}

/** The name under which READ_FIELDS lists a type's fields: its own, or that of an interface it implements. */
function ownerOf(parent: GraphQLCompositeType): string | null {
  if (READ_FIELDS[parent.name]) return parent.name;
  if (isObjectType(parent))
    return parent.getInterfaces().find((each) => READ_FIELDS[each.name])?.name ?? null;
  return null;
}

/** The fields of a selection on `type`, through inline fragments and fragment spreads. */
function fieldsOf(walk: Walk, set: SelectionSetNode | undefined, type: GraphQLNamedType): SelectedField[] {
  if (!set || !(isObjectType(type) || isInterfaceType(type))) return [];
  const found: SelectedField[] = [];
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      const field = type.getFields()[selection.name.value];
      if (!field) continue;
      found.push({ name: selection.name.value, parent: type, field, node: selection });
      continue;
    }
    const fragment =
      selection.kind === Kind.INLINE_FRAGMENT ? selection : walk.info.fragments[selection.name.value];
    if (!fragment) continue;
    const condition = fragment.typeCondition
      ? walk.info.schema.getType(fragment.typeCondition.name.value)
      : type;
    if (condition) found.push(...fieldsOf(walk, fragment.selectionSet, condition));
  }
  return found;
}
