import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { findState, type StateRecord } from '../reference/state-reference';
import { canonicalHash } from '../domain/canonical-hash';
import { parseEdtf } from '../domain/edtf-date';
import { controlCharacterProblems } from '../domain/control-characters';
import { flattenValidationErrors, type Problem } from '../domain/problems';
import { HistoryRowInput } from './history-row.input';
import { checkedHistoryRow } from './fast-row-check';
import { historyRowHash } from './history-row-hash';

/** A row that passed every check, with the states it names. */
export interface CheckedRow {
  row: HistoryRowInput;
  at: string;
  actor: StateRecord;
  targets: StateRecord[];
  /** The import hash, once the table check has computed it. */
  hash?: string;
}

/** What the table-wide checks need of a good row, kept for every row instead of the row itself. */
interface RowDigest {
  index: number;
  date: string;
  respondsTo: string[] | undefined;
  /** The import hash: the row written later must be the row checked here. */
  hash: string;
}

export interface StatedLink {
  id: string;
  from: string;
  to: string;
}

export const historyEventId = (rowId: string) => `event:${rowId}`;
export const rowLabel = (index: number) => `row ${index + 1}`;

/** What class-validator finds wrong with a row, each problem at its row and column. */
function ruleProblems(row: HistoryRowInput, at: string): Problem[] {
  // Every rule of a row is synchronous: validateSync spares a promise per rule and row.
  const errors = validateSync(row, { whitelist: true, forbidNonWhitelisted: true, stopAtFirstError: true });
  return flattenValidationErrors(errors).map((problem) => ({
    path: `${at}.${problem.path}`,
    message: problem.message,
  }));
}

/**
 * Checks one raw row: the checked row, or its problems (never both). `firstRowOf` names the
 * earlier row with the same id, if any, and remembers this one.
 */
export function checkRow(
  value: unknown,
  at: string,
  firstRowOf: (id: string) => string | undefined = () => undefined,
): { checked: CheckedRow; problems: [] } | { checked: null; problems: Problem[] } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { checked: null, problems: [{ path: at, message: 'a row must be an object' }] };
  }
  const controls = controlCharacterProblems(value, at);
  if (controls.length > 0) return { checked: null, problems: controls };
  const fast = checkedHistoryRow(value as Record<string, unknown>);
  const row = fast ?? plainToInstance(HistoryRowInput, value);
  const problems = fast ? [] : ruleProblems(row, at);
  const actor = typeof row.actor === 'string' ? findState(row.actor) : undefined;
  if (typeof row.actor === 'string' && !actor) {
    problems.push({
      path: `${at}.actor`,
      message: `"${row.actor}" is not an ISO 3166-1 code or English state name`,
    });
  }
  // A target that is not a string has its problem from the rules already.
  const named = Array.isArray(row.target) ? row.target.filter((name) => typeof name === 'string') : [];
  const targets = named.map((name) => ({ name, state: findState(name) }));
  for (const target of targets.filter((entry) => !entry.state)) {
    problems.push({
      path: `${at}.target`,
      message: `"${target.name}" is not an ISO 3166-1 code or English state name`,
    });
  }
  if (typeof row.id === 'string') {
    const first = firstRowOf(row.id);
    if (first) problems.push({ path: `${at}.id`, message: `duplicate id "${row.id}" (also ${first})` });
  }
  // RU;Russia;RUS name one target.
  const states = [...new Map(targets.map((entry) => [entry.state?.id, entry.state!])).values()];
  if (actor && states.some((state) => state?.id === actor.id)) {
    problems.push({
      path: `${at}.target`,
      message: `"${actor.name}" is the acting state: a state does not take a measure against itself`,
    });
  }
  if (problems.length > 0 || !actor) return { checked: null, problems };
  return { checked: { row, at, actor, targets: states }, problems: [] };
}

/**
 * The check of a whole table, fed one row at a time so that the table need not be held: each row
 * is checked as it comes and only a small digest of it is kept; `finish()` then checks what spans
 * rows (answers to rows of the table, their dates, cycles). Problems come in the order a check of
 * the whole table gives them: every row's own in row order, then the answers', then the cycles.
 */
export class TableCheck {
  private readonly problems: Problem[] = [];
  /** Every string id seen, at the index of its first row. */
  private readonly firstRow = new Map<string, number>();
  private readonly digests = new Map<string, RowDigest>();
  private count = 0;

  get rows(): number {
    return this.count;
  }

  get failed(): boolean {
    return this.problems.length > 0;
  }

  /** Checks the next row of the table: the checked row, or null when it has a problem. */
  row(value: unknown): CheckedRow | null {
    const index = this.count++;
    const at = rowLabel(index);
    const { checked, problems } = checkRow(value, at, (id) => {
      const first = this.firstRow.get(id);
      if (first === undefined) this.firstRow.set(id, index);
      return first === undefined ? undefined : rowLabel(first);
    });
    if (problems.length > 0) {
      this.problems.push(...problems);
      return null;
    }
    const { row } = checked!;
    const hash = historyRowHash(row);
    this.digests.set(row.id, { index, date: row.date, respondsTo: row.responds_to, hash });
    return { ...checked!, hash };
  }

  /** The table-wide checks, once every row is in. */
  finish(): TableVerdict {
    const problems = this.problems;
    const external = new Map<string, string[]>();
    for (const [id, { index, date, respondsTo }] of this.digests) {
      const at = rowLabel(index);
      for (const answered of respondsTo ?? []) {
        const earlier = this.digests.get(answered);
        if (answered === id) {
          problems.push({ path: `${at}.responds_to`, message: 'a measure cannot answer itself' });
        } else if (!earlier) {
          const eventId = historyEventId(answered);
          external.set(eventId, [...(external.get(eventId) ?? []), `${at}.responds_to`]);
        } else if ((parseEdtf(earlier.date).earliest ?? '') > (parseEdtf(date).latest ?? '9999')) {
          problems.push({
            path: `${at}.responds_to`,
            message: `"${answered}" is dated after this row (${earlier.date})`,
          });
        }
      }
    }
    problems.push(...this.answerCycles());
    return new TableVerdict(this.count, problems, external, this.digests);
  }

  /** One problem per responds_to that closes a cycle of answers within the table, at the row that closes it. */
  private answerCycles(): Problem[] {
    const state = new Map<string, 'open' | 'done'>();
    const problems: Problem[] = [];
    // Depth-first without recursion: a table may hold chains thousands of rows long.
    for (const id of this.digests.keys()) {
      if (state.has(id)) continue;
      const stack: Array<{ id: string; next: number }> = [{ id, next: 0 }];
      state.set(id, 'open');
      while (stack.length > 0) {
        const top = stack[stack.length - 1]!;
        const entry = this.digests.get(top.id)!;
        const answered = (entry.respondsTo ?? [])[top.next++];
        if (answered === undefined) {
          state.set(top.id, 'done');
          stack.pop();
        } else if (answered !== top.id && this.digests.has(answered)) {
          if (state.get(answered) === 'open') {
            problems.push({
              path: `${rowLabel(entry.index)}.responds_to`,
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
}

/** What the check of a whole table found; with no problems, what the writes need of it. */
export class TableVerdict {
  constructor(
    readonly rows: number,
    readonly problems: Problem[],
    /** responds_to ids not in the table: they must already be in the graph. */
    readonly external: Map<string, string[]>,
    private readonly digests: Map<string, RowDigest>,
  ) {}

  get measures(): number {
    return this.digests.size;
  }

  get linkCount(): number {
    let count = 0;
    for (const { respondsTo } of this.digests.values()) count += respondsTo?.length ?? 0;
    return count;
  }

  /** Where a measure is in the table, such as "row 3". */
  rowOf(eventId: string): string {
    const digest = this.digests.get(eventId.slice('event:'.length));
    return digest ? rowLabel(digest.index) : eventId;
  }

  /** The index of the row of a measure of the table; undefined for an id outside it. */
  indexOf(eventId: string): number | undefined {
    return this.digests.get(eventId.slice('event:'.length))?.index;
  }

  /** The event ids of the table, in row order. */
  *eventIds(): Generator<string> {
    for (const id of this.digests.keys()) yield historyEventId(id);
  }

  /**
   * Throws unless the row at `index` is the one checked: a file read a second time may have been
   * changed meanwhile, and a row that was not checked is never written.
   */
  confirm(index: number, row: HistoryRowInput, hash: string): void {
    const digest = this.digests.get(row.id);
    if (digest?.index === index && digest.hash === hash) return;
    throw new TableChangedError(rowLabel(index));
  }

  /** The stated links, in row order, then in the order of each row's responds_to. */
  *links(): Generator<StatedLink> {
    for (const [id, { respondsTo }] of this.digests) {
      for (const answered of respondsTo ?? []) {
        yield {
          id: `rel:history-${canonicalHash([id, answered], 20)}`,
          from: historyEventId(id),
          to: historyEventId(answered),
        };
      }
    }
  }
}

/** The table read for writing is not the table checked. */
export class TableChangedError extends Error {
  override name = 'TableChangedError';

  constructor(at: string) {
    super(
      `${at} is not the row that was checked: the table changed while it was imported; ` +
        'the rows before it may be written, import it again',
    );
  }
}
