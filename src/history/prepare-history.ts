import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { PreparedEvent } from '../graph-write/prepared-rows';
import { prepareEvent } from '../report/prepare-rows';
import { findState, type StateRecord } from '../reference/state-reference';
import { canonicalHash } from '../domain/canonical-hash';
import { parseEdtf } from '../domain/edtf-date';
import { controlCharacterProblems } from '../domain/control-characters';
import { flattenValidationErrors, type Problem } from '../domain/problems';
import { EventType } from '../domain/vocabulary';
import { HistoryRowInput, Measure } from './history-row.input';
import { checkedHistoryRow } from './fast-row-check';
import { historyRowHash } from './history-row-hash';
import { measureTitle } from './measure-title';

/** A measure with the article that reports it, named by URL. */
export type PreparedMeasure = PreparedEvent & { sourceId: string | null; sourceUrl: string | null };

/** A row that passed every check, with the states it names. */
export interface CheckedRow {
  row: HistoryRowInput;
  at: string;
  actor: StateRecord;
  targets: StateRecord[];
}

/** A table that passed every check, before its measures are prepared. */
export interface CheckedHistory {
  rows: CheckedRow[];
  links: Array<{ id: string; from: string; to: string }>;
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

export const historyEventId = (rowId: string) => `event:${rowId}`;

/** A table names its sources by URL: one source per address, shared by every row and report naming it. */
export const historySourceId = (url: string) => `source:url-${canonicalHash(url, 20)}`;

/** One problem per responds_to that closes a cycle of answers within the table, at the row that closes it. */
function answerCycles(rows: CheckedRow[]): Problem[] {
  const byId = new Map(rows.map((entry) => [entry.row.id, entry]));
  const state = new Map<string, 'open' | 'done'>();
  const problems: Problem[] = [];
  // Depth-first without recursion: a table may hold chains thousands of rows long.
  for (const { row } of rows) {
    if (state.has(row.id)) continue;
    const stack: Array<{ id: string; next: number }> = [{ id: row.id, next: 0 }];
    state.set(row.id, 'open');
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const entry = byId.get(top.id)!;
      const answered = (entry.row.responds_to ?? [])[top.next++];
      if (answered === undefined) {
        state.set(top.id, 'done');
        stack.pop();
      } else if (answered !== top.id && byId.has(answered)) {
        if (state.get(answered) === 'open') {
          problems.push({
            path: `${entry.at}.responds_to`,
            message: `"${answered}" answers this row, directly or through other rows: responds_to would close a cycle`,
          });
        } else if (!state.has(answered)) {
          state.set(answered, 'open');
          stack.push({ id: answered, next: 0 });
        }
      }
    }
  }
  return problems;
}

/** What class-validator finds wrong with a row, each problem at its row and column. */
function ruleProblems(row: HistoryRowInput, at: string): Problem[] {
  // Every rule of a row is synchronous: validateSync spares a promise per rule and row.
  const errors = validateSync(row, { whitelist: true, forbidNonWhitelisted: true, stopAtFirstError: true });
  return flattenValidationErrors(errors).map((problem) => ({
    path: `${at}.${problem.path}`,
    message: problem.message,
  }));
}

/** Validates every row and the table as a whole: all problems, each with its row and column. */
export function checkHistory(raw: Record<string, unknown>[]): {
  problems: Problem[];
  checked: CheckedHistory | null;
} {
  const problems: Problem[] = [];
  const rows: CheckedRow[] = [];
  const seen = new Map<string, string>();

  for (const [index, value] of raw.entries()) {
    const at = `row ${index + 1}`;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push({ path: at, message: 'a row must be an object' });
      continue;
    }
    const controls = controlCharacterProblems(value, at);
    if (controls.length > 0) {
      problems.push(...controls);
      continue;
    }
    const checked = checkedHistoryRow(value);
    const row = checked ?? plainToInstance(HistoryRowInput, value);
    const rowProblems = checked ? [] : ruleProblems(row, at);
    const actor = typeof row.actor === 'string' ? findState(row.actor) : undefined;
    if (typeof row.actor === 'string' && !actor) {
      rowProblems.push({
        path: `${at}.actor`,
        message: `"${row.actor}" is not an ISO 3166-1 code or English state name`,
      });
    }
    // A target that is not a string has its problem from the rules already.
    const named = Array.isArray(row.target) ? row.target.filter((name) => typeof name === 'string') : [];
    const targets = named.map((name) => ({
      name,
      state: findState(name),
    }));
    for (const target of targets.filter((entry) => !entry.state)) {
      rowProblems.push({
        path: `${at}.target`,
        message: `"${target.name}" is not an ISO 3166-1 code or English state name`,
      });
    }
    if (typeof row.id === 'string') {
      const first = seen.get(row.id);
      if (first) rowProblems.push({ path: `${at}.id`, message: `duplicate id "${row.id}" (also ${first})` });
      else seen.set(row.id, at);
    }
    // RU;Russia;RUS name one target.
    const states = [...new Map(targets.map((entry) => [entry.state?.id, entry.state!])).values()];
    if (actor && states.some((state) => state?.id === actor.id)) {
      rowProblems.push({
        path: `${at}.target`,
        message: `"${actor.name}" is the acting state: a state does not take a measure against itself`,
      });
    }
    problems.push(...rowProblems);
    if (rowProblems.length === 0 && actor) rows.push({ row, at, actor, targets: states });
  }

  const byId = new Map(rows.map((entry) => [entry.row.id, entry]));
  const external = new Map<string, string[]>();
  for (const { row, at } of rows) {
    for (const answered of row.responds_to ?? []) {
      const earlier = byId.get(answered);
      if (answered === row.id) {
        problems.push({ path: `${at}.responds_to`, message: 'a measure cannot answer itself' });
      } else if (!earlier) {
        const id = historyEventId(answered);
        external.set(id, [...(external.get(id) ?? []), `${at}.responds_to`]);
      } else if ((parseEdtf(earlier.row.date).earliest ?? '') > (parseEdtf(row.date).latest ?? '9999')) {
        problems.push({
          path: `${at}.responds_to`,
          message: `"${answered}" is dated after this row (${earlier.row.date})`,
        });
      }
    }
  }
  problems.push(...answerCycles(rows));
  if (problems.length > 0) return { problems, checked: null };

  const links = rows.flatMap(({ row }) =>
    (row.responds_to ?? []).map((answered) => ({
      id: `rel:history-${canonicalHash([row.id, answered], 20)}`,
      from: historyEventId(row.id),
      to: historyEventId(answered),
    })),
  );
  return {
    problems,
    checked: {
      rows,
      links,
      external,
      rowOf: new Map(rows.map(({ row, at }) => [historyEventId(row.id), at])),
    },
  };
}

/**
 * The measure a checked row writes: its id, stored properties (with the import hash that makes a
 * re-import a no-op), states and source. The one place a row becomes properties.
 */
export function prepareMeasure({ row, actor, targets }: CheckedRow): PreparedMeasure {
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
  return { ...event, props: { ...event.props, importHash: historyRowHash(row) }, sourceId, sourceUrl };
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
