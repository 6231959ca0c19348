import neo4j from 'neo4j-driver';
import { cypherFile, type CypherQuery } from '../db/cypher-file';
import type { Executor, Params } from '../db/executor';
import { toPlain } from '../db/to-plain';
import { LIST_CAP } from './pagination';

export type Row = Record<string, unknown>;

/** A neighbouring node with the relationship that leads to it. */
export interface Neighbour {
  node: Row;
  rel: Row;
}

export type Direction = 'OUT' | 'IN';

export interface CorroborationRow {
  sources: number;
  voices: number;
  originCount: number;
  origins: Row[];
}

const NODES_BY_ID = cypherFile('graph/nodes-by-id.cypher');
const OUTGOING = cypherFile('graph/outgoing.cypher');
const INCOMING = cypherFile('graph/incoming.cypher');
const CLAIMS_ABOUT = cypherFile('graph/claims-about.cypher');
const CORROBORATION = cypherFile('graph/corroboration.cypher');

function byId<T>(records: Array<{ get(key: string): unknown }>, key: string): Map<string, T> {
  return new Map(records.map((record) => [record.get('id') as string, toPlain(record.get(key)) as T]));
}

/** Batched reads by id: every method takes many ids and answers in one round trip. */
export class GraphReadRepository {
  constructor(private readonly executor: Executor) {}

  async nodes(ids: readonly string[], admin: boolean): Promise<Map<string, Row>> {
    const { records } = await this.executor.read(NODES_BY_ID, { ids, admin });
    return byId(records, 'node');
  }

  /** At most `limit` per id. `type` must come from the code's own list of relationship types. */
  async neighbours(
    direction: Direction,
    type: string,
    ids: readonly string[],
    limit: number = LIST_CAP,
  ): Promise<Map<string, Neighbour[]>> {
    const { records } = await this.executor.read(direction === 'OUT' ? OUTGOING : INCOMING, {
      ids,
      type,
      limit: neo4j.int(limit),
    });
    return byId(records, 'items');
  }

  async claimsAbout(
    ids: readonly string[],
    limit: number = LIST_CAP,
  ): Promise<Map<string, Array<Neighbour & { source: Row }>>> {
    const { records } = await this.executor.read(CLAIMS_ABOUT, { ids, limit: neo4j.int(limit) });
    return byId(records, 'items');
  }

  /** A read statement built elsewhere (a translated read), its records as plain rows. */
  async records(query: CypherQuery, params: Params): Promise<Row[]> {
    const { records } = await this.executor.read(query, params);
    return records.map((record) => toPlain(record.toObject()) as Row);
  }

  /** Counts every origin; returns at most LIST_CAP of them. */
  async corroboration(ids: readonly string[]): Promise<Map<string, CorroborationRow>> {
    const { records } = await this.executor.read(CORROBORATION, { ids, limit: neo4j.int(LIST_CAP) });
    return byId(records, 'corroboration');
  }
}
