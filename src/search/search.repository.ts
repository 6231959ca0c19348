import neo4j from 'neo4j-driver';
import { cypherFile } from '../db/cypher-file';
import type { Executor } from '../db/executor';
import { toPlain } from '../db/to-plain';
import type { TranslatedRow } from '../read-translation/prime-loaders';
import type { ReadPlan } from '../read-translation/read-plan';
import { TranslatableRead } from '../read-translation/translated-read';

const SEARCH_TEXT = new TranslatableRead(cypherFile('search/search-text.cypher'), 'node', 'column');

export class SearchRepository {
  constructor(private readonly executor: Executor) {}

  /** The best matches, each with what `plan` reads below it, in one statement. */
  async search(
    query: string,
    labels: string[] | null,
    limit: number,
    plan: ReadPlan,
  ): Promise<Array<TranslatedRow & { score: number }>> {
    const { query: statement, params } = SEARCH_TEXT.statement(plan);
    const { records } = await this.executor.read(statement, {
      query,
      labels,
      limit: neo4j.int(limit),
      ...params,
    });
    return records.map((record) => toPlain(record.toObject()) as TranslatedRow & { score: number });
  }
}
