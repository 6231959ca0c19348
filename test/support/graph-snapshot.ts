import type { Driver } from 'neo4j-driver';
import { toPlain } from '../../src/db/to-plain';

export interface GraphSnapshot {
  nodes: number;
  relationships: number;
  /** Every node and relationship with its labels or type and properties, in a stable order. */
  fingerprint: string;
}

/** The whole graph, to prove that an operation changed nothing. */
export async function graphSnapshot(driver: Driver): Promise<GraphSnapshot> {
  const nodes = await driver.executeQuery('MATCH (n) RETURN labels(n) AS labels, properties(n) AS props');
  const relationships = await driver.executeQuery(
    'MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, properties(r) AS props, b.id AS to',
  );
  const lines = [
    ...nodes.records.map((record) => JSON.stringify(toPlain(record.toObject()))),
    ...relationships.records.map((record) => JSON.stringify(toPlain(record.toObject()))),
  ].sort();
  return {
    nodes: nodes.records.length,
    relationships: relationships.records.length,
    fingerprint: lines.join('\n'),
  };
}
