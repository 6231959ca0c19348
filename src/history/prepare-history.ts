import type { PreparedEvent } from '../graph-write/prepared-rows';
import { prepareEvent } from '../report/prepare-rows';
import { canonicalHash } from '../domain/canonical-hash';
import type { Problem } from '../domain/problems';
import { EventType } from '../domain/vocabulary';
import { Measure } from './history-row.input';
import { historyRowHash } from './history-row-hash';
import { measureTitle } from './measure-title';
import type { HistoryTable } from './history-table';
import {
  checkRow,
  historyEventId,
  rowLabel,
  TableChangedError,
  TableCheck,
  type CheckedRow,
  type StatedLink,
  type TableVerdict,
} from './table-check';

export { historyEventId, type CheckedRow } from './table-check';

/** A measure with the article that reports it, named by URL. */
export type PreparedMeasure = PreparedEvent & { sourceId: string | null; sourceUrl: string | null };

/** A table that passed every check, before its measures are prepared. */
export interface CheckedHistory {
  rows: CheckedRow[];
  links: StatedLink[];
  /** responds_to ids not in the table: they must already be in the graph. */
  external: Map<string, string[]>;
  /** Where each measure is in the table, such as "row 3". */
  rowOf: Map<string, string>;
}

export type PreparedHistory = Omit<CheckedHistory, 'rows'> & { events: PreparedMeasure[] };

const TYPES: Record<Measure, EventType> = {
  [Measure.EXPULSION]: EventType.EXPULSION,
  [Measure.STAFF_REDUCTION]: EventType.STAFF_REDUCTION,
  [Measure.CONSULATE_CLOSURE]: EventType.CONSULATE_CLOSURE,
  [Measure.AMBASSADOR_RECALL]: EventType.AMBASSADOR_RECALL,
  [Measure.SUMMONS]: EventType.SUMMONS,
  [Measure.SANCTION]: EventType.SANCTION,
  [Measure.ARREST]: EventType.ARREST,
  [Measure.STATEMENT]: EventType.STATEMENT,
  [Measure.OTHER]: EventType.OTHER,
};

/** A table names its sources by URL: one source per address, shared by every row and report naming it. */
export const historySourceId = (url: string) => `source:url-${canonicalHash(url, 20)}`;

/** Validates every row and the table as a whole: all problems, each with its row and column. */
export function checkHistory(raw: Record<string, unknown>[]): {
  problems: Problem[];
  checked: CheckedHistory | null;
} {
  const check = new TableCheck();
  const rows = raw.map((value) => check.row(value)).filter((row) => row !== null);
  const verdict = check.finish();
  if (verdict.problems.length > 0) return { problems: verdict.problems, checked: null };
  return {
    problems: [],
    checked: {
      rows,
      links: [...verdict.links()],
      external: verdict.external,
      rowOf: new Map(rows.map(({ row, at }) => [historyEventId(row.id), at])),
    },
  };
}

/**
 * The measure a checked row writes: its id, stored properties (with the import hash that makes a
 * re-import a no-op), states and source. The one place a row becomes properties.
 */
export function prepareMeasure({ row, actor, targets, hash }: CheckedRow): PreparedMeasure {
  const sourceUrl = row.source_url ?? null;
  const sourceId = sourceUrl ? historySourceId(sourceUrl) : null;
  const event = prepareEvent({
    id: historyEventId(row.id),
    type: TYPES[row.measure],
    title: measureTitle(
      actor.name,
      row.measure,
      targets.map((target) => target.name),
      row.count,
    ),
    description: row.notes,
    date: row.date,
    secret: false,
    actors: [actor.id],
    targets: targets.map((target) => target.id),
    count: row.count,
  });
  // The properties are this event's own, fresh from prepareEvent: set in place rather than copied.
  event.props['importHash'] = hash ?? historyRowHash(row);
  return Object.assign(event, { sourceId, sourceUrl });
}

/** Validates every row (all problems, each with its row and column) and turns the table into write rows. */
export function prepareHistory(raw: Record<string, unknown>[]): {
  problems: Problem[];
  prepared: PreparedHistory | null;
} {
  const { problems, checked } = checkHistory(raw);
  if (!checked) return { problems, prepared: null };
  const { rows, ...rest } = checked;
  return { problems, prepared: { ...rest, events: rows.map(prepareMeasure) } };
}

/**
 * The second pass over a table that passed its check: its measures prepared, `size` at a time,
 * read afresh from the table. A row that is not the one checked stops the pass.
 */
export async function* preparedMeasures(
  table: HistoryTable,
  verdict: TableVerdict,
  size: number,
): AsyncGenerator<PreparedMeasure[]> {
  let index = 0;
  let batch: PreparedMeasure[] = [];
  for await (const chunk of table.chunks()) {
    for (const value of chunk) {
      const { checked } = checkRow(value, rowLabel(index));
      if (!checked) throw new TableChangedError(rowLabel(index));
      const measure = prepareMeasure(checked);
      verdict.confirm(index, checked.row, measure.props['importHash'] as string);
      batch.push(measure);
      index += 1;
      if (batch.length === size) {
        yield batch;
        batch = [];
      }
    }
  }
  if (index !== verdict.rows) throw new TableChangedError(rowLabel(index));
  if (batch.length > 0) yield batch;
}
