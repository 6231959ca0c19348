import neo4j from 'neo4j-driver';
import { cypherFile } from '../db/cypher-file';
import type { Executor } from '../db/executor';
import { toPlain } from '../db/to-plain';
import type { EventType } from '../report/report-vocabulary';
import { toEvent } from './event.mapper';
import type { Event } from './event.type';

const LIST_EVENTS = cypherFile('event/list-events.cypher');
const COUNT_EVENTS = cypherFile('event/count-events.cypher');

export interface EventQuery {
  type: EventType | null;
  ids: string[] | null;
  offset: number;
  limit: number;
}

export class EventRepository {
  constructor(private readonly executor: Executor) {}

  async list(query: EventQuery): Promise<Event[]> {
    const { records } = await this.executor.read(LIST_EVENTS, {
      type: query.type,
      ids: query.ids,
      offset: neo4j.int(query.offset),
      limit: neo4j.int(query.limit),
    });
    return records.map((record) => toEvent(toPlain(record.get('event')) as Record<string, unknown>));
  }

  async count(type: EventType | null): Promise<number> {
    const { records } = await this.executor.read(COUNT_EVENTS, { type });
    return toPlain(records[0]?.get('total')) as number;
  }
}
