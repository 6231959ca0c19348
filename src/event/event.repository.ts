import neo4j from 'neo4j-driver';
import { cypherFile } from '../db/cypher-file';
import type { Executor } from '../db/executor';
import { toPlain } from '../db/to-plain';
import type { Row } from '../graph/graph-read.repository';
import { OrderDirection, type EventFilter, type EventOrder } from './event-filter.input';

const LIST_EVENTS = cypherFile('event/list-events.cypher');
const COUNT_EVENTS = cypherFile('event/count-events.cypher');

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

  async page(
    filter: EventFilter | undefined,
    order: EventOrder,
    offset: number,
    limit: number,
  ): Promise<Row[]> {
    const { records } = await this.executor.read(LIST_EVENTS, {
      ...filterParams(filter),
      orderBy: order.field,
      descending: order.direction === OrderDirection.DESC,
      offset: neo4j.int(offset),
      limit: neo4j.int(limit),
    });
    return records.map((record) => toPlain(record.get('node')) as Row);
  }

  async count(filter: EventFilter | undefined): Promise<number> {
    const { records } = await this.executor.read(COUNT_EVENTS, filterParams(filter));
    return toPlain(records[0]?.get('total')) as number;
  }
}
