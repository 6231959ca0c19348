import neo4j from 'neo4j-driver';
import { cypherFile } from '../db/cypher-file';
import type { Executor } from '../db/executor';
import { toPlain } from '../db/to-plain';
import type { TranslatedRow } from '../read-translation/prime-loaders';
import type { ReadPlan } from '../read-translation/read-plan';
import { TranslatableRead } from '../read-translation/translated-read';
import { EventOrderField, OrderDirection, type EventFilter, type EventOrder } from './event-filter.input';

const page = (name: string) => new TranslatableRead(cypherFile(name), 'e', 'column', { narrowsRow: true });
const LIST_EVENTS = page('event/list-events.cypher');
const COUNT_EVENTS = cypherFile('event/count-events.cypher');
const LIST_DATED_ASC = page('event/list-dated-events-asc.cypher');
const LIST_DATED_DESC = page('event/list-dated-events-desc.cypher');
const LIST_UNDATED = page('event/list-undated-events.cypher');
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

  /** A page of events, each with what `plan` reads below it, in the same statement. */
  page(
    filter: EventFilter | undefined,
    order: EventOrder,
    offset: number,
    limit: number,
    plan: ReadPlan,
  ): Promise<TranslatedRow[]> {
    if (order.field === EventOrderField.DATE) return this.pageByDate(filter, order, offset, limit, plan);
    return this.list(LIST_EVENTS, plan, {
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
   * match, which is known without counting unless the dated ones all lie before this page. A page
   * that dated events fill is one statement.
   */
  private async pageByDate(
    filter: EventFilter | undefined,
    order: EventOrder,
    offset: number,
    limit: number,
    plan: ReadPlan,
  ): Promise<TranslatedRow[]> {
    const params = filterParams(filter);
    const dated = await this.list(
      order.direction === OrderDirection.DESC ? LIST_DATED_DESC : LIST_DATED_ASC,
      plan,
      { ...params, offset: neo4j.int(offset), limit: neo4j.int(limit) },
    );
    if (dated.length === limit) return dated;
    const datedTotal =
      dated.length > 0 || offset === 0
        ? offset + dated.length
        : (toPlain((await this.executor.read(COUNT_DATED, params)).records[0]?.get('total')) as number);
    const undated = await this.list(LIST_UNDATED, plan, {
      ...params,
      offset: neo4j.int(Math.max(0, offset - datedTotal)),
      limit: neo4j.int(limit - dated.length),
    });
    return [...dated, ...undated];
  }

  private async list(
    read: TranslatableRead,
    plan: ReadPlan,
    params: Record<string, unknown>,
  ): Promise<TranslatedRow[]> {
    const { query, params: added } = read.statement(plan);
    const { records } = await this.executor.read(query, { ...params, ...added });
    return records.map((record) => toPlain(record.toObject()) as TranslatedRow);
  }

  async count(filter: EventFilter | undefined): Promise<number> {
    const { records } = await this.executor.read(COUNT_EVENTS, filterParams(filter));
    return toPlain(records[0]?.get('total')) as number;
  }
}
