import neo4j from 'neo4j-driver';
import { cypherFile } from '../db/cypher-file';
import type { Executor } from '../db/executor';
import { toPlain } from '../db/to-plain';
import type { Row } from '../graph/graph-read.repository';
import { EMPTY_PLAN, type ReadPlan } from '../read-translation/read-plan';
import { TranslatableRead } from '../read-translation/translated-read';

/** Each event's row gets `fetched`, what the plan reads below it, where `// @fetched` stands. */
const chainRead = (name: string) => new TranslatableRead(cypherFile(name), 'e', 'entry');
const LINEAGE = chainRead('chains/chain-lineage.cypher');
const COMPONENT = chainRead('chains/chain-component.cypher');
const DYAD = chainRead('chains/dyad-timeline.cypher');
const LONGEST = cypherFile('chains/longest-chains.cypher');

export interface ChainRows {
  events: Row[];
  links: Row[];
  /** More events or links lay beyond the caps. */
  truncated: boolean;
}

/** At most this many events, and this many links among them. */
export interface ChainCaps {
  maxEvents: number;
  maxLinks: number;
}

function rowsOf(
  record: { get(key: string): unknown; has(key: string): boolean } | undefined,
): ChainRows | null {
  if (!record) return null;
  return {
    events: toPlain(record.get('events')) as Row[],
    links: toPlain(record.get('links')) as Row[],
    truncated: record.has('truncated') && record.get('truncated') === true,
  };
}

const capParameters = ({ maxEvents, maxLinks }: ChainCaps) => ({
  maxEvents: neo4j.int(maxEvents),
  maxLinks: neo4j.int(maxLinks),
});

export class ChainRepository {
  constructor(private readonly executor: Executor) {}

  async around(
    id: string,
    depth: number,
    component: boolean,
    includeProposed: boolean,
    caps: ChainCaps,
    plan: ReadPlan = EMPTY_PLAN,
  ): Promise<ChainRows | null> {
    const { query, params } = (component ? COMPONENT : LINEAGE).statement(plan);
    const { records } = await this.executor.read(query, {
      id,
      depth: neo4j.int(depth),
      includeProposed,
      ...capParameters(caps),
      ...params,
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
    caps: ChainCaps,
    plan: ReadPlan = EMPTY_PLAN,
  ): Promise<ChainRows> {
    const { query, params } = DYAD.statement(plan);
    const { records } = await this.executor.read(query, {
      a,
      b,
      from,
      to,
      includeProposed,
      ...capParameters(caps),
      ...params,
    });
    return rowsOf(records[0]) ?? { events: [], links: [], truncated: false };
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
