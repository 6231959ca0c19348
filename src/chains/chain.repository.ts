import neo4j from 'neo4j-driver';
import { cypherFile } from '../db/cypher-file';
import type { Executor } from '../db/executor';
import { toPlain } from '../db/to-plain';
import type { Row } from '../graph/graph-read.repository';

const LINEAGE = cypherFile('chains/chain-lineage.cypher');
const COMPONENT = cypherFile('chains/chain-component.cypher');
const DYAD = cypherFile('chains/dyad-timeline.cypher');
const LONGEST = cypherFile('chains/longest-chains.cypher');

export interface ChainRows {
  events: Row[];
  links: Row[];
}

function rowsOf(record: { get(key: string): unknown } | undefined): ChainRows | null {
  if (!record) return null;
  return { events: toPlain(record.get('events')) as Row[], links: toPlain(record.get('links')) as Row[] };
}

export class ChainRepository {
  constructor(private readonly executor: Executor) {}

  async around(
    id: string,
    depth: number,
    component: boolean,
    includeProposed: boolean,
  ): Promise<ChainRows | null> {
    const { records } = await this.executor.read(component ? COMPONENT : LINEAGE, {
      id,
      depth: neo4j.int(depth),
      includeProposed,
    });
    const rows = rowsOf(records[0]);
    // The event itself is always in its chain: no events means no such event.
    return rows && rows.events.length > 0 ? rows : null;
  }

  async dyad(
    a: string,
    b: string,
    from: string | null,
    to: string | null,
    includeProposed: boolean,
  ): Promise<ChainRows> {
    const { records } = await this.executor.read(DYAD, { a, b, from, to, includeProposed });
    return rowsOf(records[0]) ?? { events: [], links: [] };
  }

  /** Each with the escalation the statement ordered it by. */
  async longest(orderBy: string, limit: number): Promise<Array<ChainRows & { escalation: number }>> {
    const { records } = await this.executor.read(LONGEST, {
      orderBy,
      limit: neo4j.int(limit),
      includeProposed: false,
    });
    return records.map((record) => ({ ...rowsOf(record)!, escalation: record.get('escalation') as number }));
  }
}
