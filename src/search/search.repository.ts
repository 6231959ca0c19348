import neo4j from 'neo4j-driver';
import { cypherFile } from '../db/cypher-file';
import type { Executor } from '../db/executor';
import { toPlain } from '../db/to-plain';
import type { Row } from '../graph/graph-read.repository';

const SEARCH_TEXT = cypherFile('search/search-text.cypher');

export class SearchRepository {
  constructor(private readonly executor: Executor) {}

  async search(
    query: string,
    labels: string[] | null,
    limit: number,
  ): Promise<Array<{ node: Row; score: number }>> {
    const { records } = await this.executor.read(SEARCH_TEXT, { query, labels, limit: neo4j.int(limit) });
    return records.map((record) => ({
      node: toPlain(record.get('node')) as Row,
      score: record.get('score') as number,
    }));
  }
}
