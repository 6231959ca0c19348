import { Kind, type DocumentNode, type TypeNode } from 'graphql';

/** Most variants (operation and sizing variables) kept per document. */
const VARIANTS_PER_DOCUMENT = 32;

const innermost = (type: TypeNode): string =>
  type.kind === Kind.NAMED_TYPE ? type.name.value : innermost(type.type);

/**
 * The cost of a document depends on its operation and on the values of its Int variables only
 * (sizes: `first`, `maxNodes`, `maxEvents`, `maxLinks`). The server reuses the parsed document of
 * a query it has seen, so the cost is computed once per document and sizing values, not per
 * request. Bounded: a document keeps its first VARIANTS_PER_DOCUMENT variants.
 */
export class CostCache<T> {
  private readonly byDocument = new WeakMap<DocumentNode, Map<string, T>>();

  get(
    document: DocumentNode,
    operationName: string | null | undefined,
    variables: Record<string, unknown> | undefined,
    compute: () => T,
  ): T {
    const key = JSON.stringify([operationName ?? null, sizingValues(document, variables ?? {})]);
    let variants = this.byDocument.get(document);
    if (!variants) {
      variants = new Map();
      this.byDocument.set(document, variants);
    }
    const known = variants.get(key);
    if (known !== undefined || variants.has(key)) return known as T;
    const value = compute();
    if (variants.size < VARIANTS_PER_DOCUMENT) variants.set(key, value);
    return value;
  }
}

function sizingValues(document: DocumentNode, variables: Record<string, unknown>): unknown[] {
  return document.definitions.flatMap((definition) =>
    definition.kind === Kind.OPERATION_DEFINITION
      ? (definition.variableDefinitions ?? [])
          .filter((variable) => innermost(variable.type) === 'Int')
          .map((variable) => variables[variable.variable.name.value] ?? null)
      : [],
  );
}
