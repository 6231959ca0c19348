import neo4j from 'neo4j-driver';
import { cypherFile, type CypherQuery } from '../db/cypher-file';
import type { Executor } from '../db/executor';
import { toPlain } from '../db/to-plain';
import type { Row } from '../graph/graph-read.repository';
import { EventOrderField, OrderDirection, type EventFilter, type EventOrder } from './event-filter.input';

const LIST_EVENTS = cypherFile('event/list-events.cypher');
const COUNT_EVENTS = cypherFile('event/count-events.cypher');
const LIST_DATED_ASC = cypherFile('event/list-dated-events-asc.cypher');
const LIST_DATED_DESC = cypherFile('event/list-dated-events-desc.cypher');
const LIST_UNDATED = cypherFile('event/list-undated-events.cypher');
const COUNT_DATED = cypherFile('event/count-dated-events.cypher');

function filterParams(filter: EventFilter | undefined): Record<string, unknown> {
  return {
    types: filter?.types ?? null,
    actor: filter?.actor ?? null,
    target: filter?.target ?? null,
    party: filter?.party ?? null,
    from: filter?.from ?? null,
    to: filter?.to ?? null,
    dated: filter?.dated ?? null,
    secret: filter?.secret ?? null,
    source: filter?.source ?? null,
    text: filter?.text?.toLowerCase() ?? null,
  };
}

export class EventRepository {
  constructor(private readonly executor: Executor) {}

  page(filter: EventFilter | undefined, order: EventOrder, offset: number, limit: number): Promise<Row[]> {
    if (order.field === EventOrderField.DATE) return this.pageByDate(filter, order, offset, limit);
    return this.list(LIST_EVENTS, {
      ...filterParams(filter),
      orderBy: order.field,
      descending: order.direction === OrderDirection.DESC,
      offset: neo4j.int(offset),
      limit: neo4j.int(limit),
    });
  }

  /**
   * Dated events first, read along the date index so a page costs what it holds, not what the graph
   * holds; then the undated ones, by id. The undated page starts after however many dated events
   * match, which is known without counting unless the dated ones all lie before this page.
   */
  private async pageByDate(
    filter: EventFilter | undefined,
    order: EventOrder,
    offset: number,
    limit: number,
  ): Promise<Row[]> {
    const params = filterParams(filter);
    const dated = await this.list(
      order.direction === OrderDirection.DESC ? LIST_DATED_DESC : LIST_DATED_ASC,
      { ...params, offset: neo4j.int(offset), limit: neo4j.int(limit) },
    );
    if (dated.length === limit) return dated;
    const datedTotal =
      dated.length > 0 || offset === 0
        ? offset + dated.length
        : (toPlain((await this.executor.read(COUNT_DATED, params)).records[0]?.get('total')) as number);
    const undated = await this.list(LIST_UNDATED, {
      ...params,
      offset: neo4j.int(Math.max(0, offset - datedTotal)),
      limit: neo4j.int(limit - dated.length),
    });
    return [...dated, ...undated];
  }

  private async list(query: CypherQuery, params: Record<string, unknown>): Promise<Row[]> {
    const { records } = await this.executor.read(query, params);
    return records.map((record) => toPlain(record.get('node')) as Row);
  }

  async count(filter: EventFilter | undefined): Promise<number> {
    const { records } = await this.executor.read(COUNT_EVENTS, filterParams(filter));
    return toPlain(records[0]?.get('total')) as number;
  }
}
