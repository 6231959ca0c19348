import edtf, { parse, type ExtDate } from 'edtf';

export type DatePrecision =
  'TIME' | 'DAY' | 'MONTH' | 'YEAR' | 'SEASON' | 'DECADE' | 'CENTURY' | 'INTERVAL' | 'SET';

/** An EDTF string with the bounds it allows, as calendar dates (YYYY-MM-DD), for range queries. */
export interface EdtfDate {
  edtf: string;
  /** Null when the start is unknown or open. */
  earliest: string | null;
  /** Null when the end is unknown or open. */
  latest: string | null;
  precision: DatePrecision;
  approximate: boolean;
  uncertain: boolean;
}

export class EdtfError extends Error {}

/** Longest EDTF value, in characters: longer strings are refused before the grammar sees them. */
export const EDTF_MAX_LENGTH = 64;

/**
 * Bounds are kept for the years 0000 to 9999 only: they are stored as Neo4j dates and compared
 * with the YYYY-MM-DD days of the query arguments, which have four-digit years. EDTF values whose
 * bounds fall outside (-0044, Y10000, Y300000) are refused rather than given a bound that sorts
 * wrongly; no diplomatic measure of this graph needs them.
 */
const FIRST_MS = Date.parse('0000-01-01T00:00:00.000Z');
const LAST_MS = Date.parse('9999-12-31T23:59:59.999Z');

const EXAMPLES = 'examples: 2022-04-11, 2021-02, 2020-12~, 2020-41, 2021-02/2021-03-08';

function outOfRange(input: string): EdtfError {
  return new EdtfError(`"${input}" falls outside the years 0000 to 9999, the range dates are kept for`);
}

/** A bound in milliseconds as a day; ±Infinity is an open or unknown end (null). */
function isoDay(ms: number, input: string): string | null {
  if (ms === Infinity || ms === -Infinity) return null;
  if (!Number.isFinite(ms) || ms < FIRST_MS || ms > LAST_MS) throw outOfRange(input);
  return new Date(ms).toISOString().slice(0, 10);
}

function bound(
  value: ExtDate | null | number | undefined,
  side: 'min' | 'max',
  input: string,
): string | null {
  if (value === null || value === undefined || typeof value === 'number') return null;
  return isoDay(value[side], input);
}

interface ListLike {
  values: Array<ExtDate | [ExtDate, ExtDate]>;
  earlier?: boolean;
  later?: boolean;
}

/**
 * The earliest and latest day of a set ([a,b..c]) or list ({a,b}): the union of its members,
 * whatever their order, and open where the set is (`[..2020]`, `[2020..]`).
 */
function listBounds(list: ListLike, input: string): { earliest: string | null; latest: string | null } {
  const members = list.values.flatMap((value) => (Array.isArray(value) ? value : [value]));
  if (members.length === 0) throw new EdtfError(`"${input}" is an empty set`);
  const lows = members.map((member) => member.min);
  const highs = members.map((member) => member.max);
  for (const ms of [...lows, ...highs]) isoDay(ms, input);
  return {
    earliest: list.earlier ? null : isoDay(Math.min(...lows), input),
    latest: list.later ? null : isoDay(Math.max(...highs), input),
  };
}

function bounds(date: ExtDate, input: string): { earliest: string | null; latest: string | null } {
  if (date.type === 'Interval') {
    return { earliest: bound(date.lower, 'min', input), latest: bound(date.upper, 'max', input) };
  }
  if (date.type === 'Set' || date.type === 'List') return listBounds(date as unknown as ListLike, input);
  return { earliest: isoDay(date.min, input), latest: isoDay(date.max, input) };
}

function precisionOf(parsed: ReturnType<typeof parse>): DatePrecision {
  switch (parsed.type) {
    case 'Date':
      if (parsed.values.length > 3) return 'TIME';
      return (['YEAR', 'MONTH', 'DAY'] as const)[parsed.values.length - 1] ?? 'DAY';
    case 'Year':
      return 'YEAR';
    case 'Season':
      return 'SEASON';
    case 'Decade':
      return 'DECADE';
    case 'Century':
      return 'CENTURY';
    case 'Interval':
      return 'INTERVAL';
    default:
      return 'SET';
  }
}

function qualified(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  return Boolean(
    value && typeof value === 'object' && 'value' in value && (value as { value: number }).value,
  );
}

const CACHE_LIMIT = 50_000;
const cache = new Map<string, EdtfDate>();

/**
 * Parses EDTF levels 0 to 2; throws EdtfError with a plain message when the string is not EDTF.
 * Results are cached: the grammar is slow and tables repeat the same dates.
 */
export function parseEdtf(input: string): EdtfDate {
  if (input.length > EDTF_MAX_LENGTH)
    throw new EdtfError(
      `an EDTF date has at most ${EDTF_MAX_LENGTH} characters (this one has ${input.length})`,
    );
  const known = cache.get(input);
  if (known) return known;
  const parsed = parseUncached(input);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(input, parsed);
  return parsed;
}

const CALENDAR_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Plain years, months and days (level 0, most of any table) without the grammar: the bounds are
 * those the grammar gives. Returns null for anything else, which the grammar then judges.
 */
function parseCalendarDate(input: string): EdtfDate | null {
  const match = CALENDAR_DATE.exec(input);
  if (!match || Number(match[1]) < 100) return null; // Date.UTC reads years below 100 as 19xx
  const [year, month, day] = [
    Number(match[1]),
    match[2] ? Number(match[2]) : null,
    match[3] ? Number(match[3]) : null,
  ];
  if (month !== null && (month < 1 || month > 12)) return null;
  const lastDay = (m: number) => new Date(Date.UTC(year, m, 0)).getUTCDate();
  if (day !== null && (day < 1 || day > lastDay(month!))) return null;
  const pad = (value: number) => String(value).padStart(2, '0');
  const yyyy = match[1]!;
  return {
    edtf: input,
    earliest: `${yyyy}-${pad(month ?? 1)}-${pad(day ?? 1)}`,
    latest: `${yyyy}-${pad(month ?? 12)}-${pad(day ?? lastDay(month ?? 12))}`,
    precision: day !== null ? 'DAY' : month !== null ? 'MONTH' : 'YEAR',
    approximate: false,
    uncertain: false,
  };
}

function parseUncached(input: string): EdtfDate {
  return parseCalendarDate(input) ?? parseWithGrammar(input);
}

/** Exported for the test that holds the calendar shortcut to the grammar's answers. */
export function parseWithGrammar(input: string): EdtfDate {
  let parsed: ReturnType<typeof parse>;
  let date: ExtDate;
  try {
    parsed = parse(input);
    date = edtf(input);
  } catch {
    throw new EdtfError(`"${input}" is not an EDTF date (${EXAMPLES})`);
  }
  const interval = date.type === 'Interval';
  const parts = interval ? (parsed.values as Array<ReturnType<typeof parse> | null>) : [parsed];
  return {
    edtf: input,
    ...bounds(date, input),
    precision: precisionOf(parsed),
    approximate: parts.some((part) => part !== null && qualified(part.approximate)),
    uncertain: parts.some((part) => part !== null && qualified(part.uncertain)),
  };
}
