import type { Driver } from 'neo4j-driver';
import { toPlain } from '../../src/db/to-plain';

export interface GraphSnapshot {
  nodes: number;
  relationships: number;
  /**
   * Every node and relationship with its labels or type and its properties with their stored
   * types, in a stable order; the tests' own marker node is left out.
   */
  fingerprint: string;
}

const NODES = `MATCH (n) WHERE NOT n:RiposteTestDatabase
RETURN labels(n) AS labels, properties(n) AS props, [key IN keys(n) | key + ':' + valueType(n[key])] AS types`;
const RELATIONSHIPS = `MATCH (a)-[r]->(b)
RETURN a.id AS from, type(r) AS type, properties(r) AS props, b.id AS to,
       [key IN keys(r) | key + ':' + valueType(r[key])] AS types`;

/** The whole graph, to prove that an operation changed nothing or that two paths build the same. */
export async function graphSnapshot(driver: Driver): Promise<GraphSnapshot> {
  const nodes = await driver.executeQuery(NODES);
  const relationships = await driver.executeQuery(RELATIONSHIPS);
  // Label and key order follow token ids, which differ between stores built in different orders.
  const line = (record: Record<string, unknown>) =>
    JSON.stringify(
      toPlain({
        ...record,
        ...(Array.isArray(record['labels']) ? { labels: [...(record['labels'] as string[])].sort() } : {}),
        types: [...(record['types'] as string[])].sort(),
        props: Object.fromEntries(
          Object.entries(record['props'] as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        ),
      }),
    );
  const lines = [
    ...nodes.records.map((record) => line(record.toObject())),
    ...relationships.records.map((record) => line(record.toObject())),
  ].sort();
  return {
    nodes: nodes.records.length,
    relationships: relationships.records.length,
    fingerprint: lines.join('\n'),
  };
}
