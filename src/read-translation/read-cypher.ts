import neo4j from 'neo4j-driver';
import { NAVIGABLE_RELATIONSHIPS } from '../domain/vocabulary';
import type { ClaimRead, NeighbourRead, ReadPlan } from './read-plan';

/**
 * The reviewed fragments a translated read is built from. Only these texts, variable and parameter
 * names numbered in the order of the plan, and relationship types from NAVIGABLE_RELATIONSHIPS go
 * into a statement; every value (each limit) is a parameter. Each fragment reads what the loader of
 * the same key reads (cypher/graph/outgoing.cypher, incoming.cypher, claims-about.cypher): the same
 * nodes, in the same order, at most as many.
 */

/** Nodes the API shows (see toNode): a limit counts only these. */
const SHOWN = (node: string) =>
  `(${node}:Event OR ${node}:State OR ${node}:Organization OR ${node}:Person OR ${node}:Group OR ${node}:Source OR ${node}:Claim OR ${node}:Report)`;

const NODE_PROPERTIES = (node: string) => `${node} {.*, labels: labels(${node})}`;

/** Numbers the variables and parameters of one statement. */
class Names {
  private next = 0;
  readonly params: Record<string, unknown> = {};

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
    `RETURN {node: ${NODE_PROPERTIES(node)}, rel: ${rel} {.*}, fetched: ${projection(read.node, node, names)}, relFetched: ${projection(read.rel, rel, names)}}`,
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
    `RETURN {node: ${NODE_PROPERTIES(claim)}, rel: {}, source: ${NODE_PROPERTIES(source)}, fetched: ${projection(read.source, source, names)}}`,
    '}',
  ].join('\n');
}

/** A map with one entry per read of the plan (r0, r1, … in the plan's order), read below `variable`. */
function projection(plan: ReadPlan, variable: string, names: Names): string {
  if (plan.size === 0) return '{}';
  const entries = [...plan.values()].map(
    (read, position) =>
      `r${position}: ${read.kind === 'claims' ? claims(read, variable, names) : neighbours(read, variable, names)}`,
  );
  return `{\n${entries.join(',\n')}\n}`;
}

/** The map of what the plan reads below `variable`, with the parameters of its limits. */
export function fetchedMap(
  plan: ReadPlan,
  variable: string,
): { text: string; params: Record<string, unknown> } {
  const names = new Names();
  return { text: projection(plan, variable, names), params: names.params };
}
