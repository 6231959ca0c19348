import neo4j from 'neo4j-driver';
import { NAVIGABLE_RELATIONSHIPS } from '../domain/vocabulary';
import type { ClaimRead, NeighbourRead, Reads } from './read-plan';
import type { RowProperties } from './row-properties';

/**
 * The reviewed fragments a translated read is built from. Only these texts, variable and parameter
 * names numbered in the order of the plan, and relationship types from NAVIGABLE_RELATIONSHIPS go
 * into a statement; every value (each limit) is a parameter. Each fragment reads what the loader of
 * the same key reads (cypher/graph/outgoing.cypher, incoming.cypher, claims-about.cypher): the same
 * nodes, in the same order, at most as many; with only the properties the request reads when it
 * names them (property names from row-properties.ts, which takes them from the schema).
 */

/** Nodes the API shows (see toNode): a limit counts only these. */
const SHOWN = (node: string) =>
  `(${node}:Event OR ${node}:State OR ${node}:Organization OR ${node}:Person OR ${node}:Group OR ${node}:Source OR ${node}:Claim OR ${node}:Report)`;

/** A node row as a map: the properties named (all of them for null) and its labels. */
export const nodeProperties = (node: string, properties: readonly string[] | null) =>
  properties === null
    ? `${node} {.*, labels: labels(${node})}`
    : `${node} {${properties.map((name) => `.${name}`).join(', ')}, labels: labels(${node})}`;

const relProperties = (rel: string, properties: readonly string[] | null) =>
  properties === null ? `${rel} {.*}` : `${rel} {${properties.map((name) => `.${name}`).join(', ')}}`;

/** Numbers the variables and parameters of one statement, and knows the properties its rows carry. */
class Names {
  private next = 0;
  readonly params: Record<string, unknown> = {};

  constructor(readonly properties: RowProperties | null) {}

  take(): number {
    this.next += 1;
    return this.next;
  }

  limit(index: number, value: number): string {
    const name = `nestedLimit${index}`;
    this.params[name] = neo4j.int(value);
    return `$${name}`;
  }
}

function relationshipType(type: string): string {
  if (!NAVIGABLE_RELATIONSHIPS.includes(type))
    throw new Error(`${type} is not a navigable relationship type`);
  return type;
}

function neighbours(read: NeighbourRead, from: string, names: Names): string {
  const index = names.take();
  const [rel, node] = [`rel${index}`, `node${index}`];
  const type = relationshipType(read.type);
  const pattern =
    read.direction === 'OUT'
      ? `(${from})-[${rel}:${type}]->(${node}:Node)`
      : `(${from})<-[${rel}:${type}]-(${node}:Node)`;
  const limit = names.limit(index, read.limit);
  return [
    'COLLECT {',
    `MATCH ${pattern}`,
    `WHERE ${SHOWN(node)}`,
    `WITH ${rel}, ${node}`,
    `ORDER BY ${node}.dateEarliest, ${node}.id`,
    `LIMIT ${limit}`,
    `RETURN {node: ${nodeProperties(node, names.properties?.node ?? null)}, rel: ${relProperties(rel, names.properties?.rel ?? null)}${below('fetched', read.node, node, names)}${below('relFetched', read.rel, rel, names)}}`,
    '}',
  ].join('\n');
}

function claims(read: ClaimRead, subject: string, names: Names): string {
  const index = names.take();
  const [claim, source] = [`claim${index}`, `source${index}`];
  const limit = names.limit(index, read.limit);
  return [
    'COLLECT {',
    `MATCH (${claim}:Claim {subjectId: ${subject}.id})-[:STATED_IN]->(${source}:Source)`,
    `WITH ${claim}, ${source}`,
    `ORDER BY ${source}.id, ${claim}.id`,
    `LIMIT ${limit}`,
    `RETURN {node: ${nodeProperties(claim, names.properties?.node ?? null)}, rel: {}, source: ${nodeProperties(source, names.properties?.node ?? null)}${below('fetched', read.source, source, names)}}`,
    '}',
  ].join('\n');
}

/** The entry `key` of an item with what is read below it; none when nothing is (each map costs its decoding). */
function below(key: string, reads: Reads, variable: string, names: Names): string {
  return reads.size === 0 ? '' : `, ${key}: ${projection(reads, variable, names)}`;
}

/** A map with one entry per read (r0, r1, … in their order), read below `variable`. */
function projection(reads: Reads, variable: string, names: Names): string {
  if (reads.size === 0) return '{}';
  const entries = [...reads.values()].map(
    (read, position) =>
      `r${position}: ${read.kind === 'claims' ? claims(read, variable, names) : neighbours(read, variable, names)}`,
  );
  return `{\n${entries.join(',\n')}\n}`;
}

/** The map of what is read below `variable`, rows with `properties`, and the parameters of its limits. */
export function fetchedMap(
  reads: Reads,
  variable: string,
  properties: RowProperties | null,
): { text: string; params: Record<string, unknown> } {
  const names = new Names(properties);
  return { text: projection(reads, variable, names), params: names.params };
}
