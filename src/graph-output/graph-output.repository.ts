import neo4j from 'neo4j-driver';
import { cypherFile } from '../db/cypher-file';
import type { Executor } from '../db/executor';
import { toPlain } from '../db/to-plain';
import type { Row } from '../graph/graph-read.repository';

const SUBGRAPH = cypherFile('graph-output/subgraph.cypher');

export interface SubgraphQuery {
  ids: string[];
  depth: number;
  maxNodes: number;
  relationTypes: string[];
  nodeLabels: string[] | null;
  from: string | null;
  to: string | null;
}

export class GraphOutputRepository {
  constructor(private readonly executor: Executor) {}

  async subgraph(query: SubgraphQuery): Promise<{ nodes: Row[]; edges: Row[] }> {
    const { records } = await this.executor.read(SUBGRAPH, {
      ...query,
      depth: neo4j.int(query.depth),
      maxNodes: neo4j.int(query.maxNodes),
    });
    const record = records[0];
    if (!record) return { nodes: [], edges: [] };
    return { nodes: toPlain(record.get('nodes')) as Row[], edges: toPlain(record.get('edges')) as Row[] };
  }
}
