import neo4j, { type Date as Neo4jDate } from 'neo4j-driver';
import { parseEdtf } from './edtf-date';

/** Days already made: a driver date is frozen, so measures of the same day share one. */
const days = new Map<string, Neo4jDate<number>>();
const DAYS_KEPT = 50_000;

function toNeo4jDate(isoDay: string | null): Neo4jDate<number> | null {
  if (isoDay === null) return null;
  const known = days.get(isoDay);
  if (known) return known;
  const [year, month, day] = isoDay.split('-').map(Number) as [number, number, number];
  const date = new neo4j.types.Date(year, month, day);
  if (days.size >= DAYS_KEPT) days.clear();
  days.set(isoDay, date);
  return date;
}

/**
 * The properties that store an EDTF date under a prefix: date, dateEarliest, dateLatest,
 * datePrecision, dateApproximate, dateUncertain. Nothing when the value is absent.
 */
export function edtfProperties(prefix: string, value: string | undefined): Record<string, unknown> {
  if (value === undefined) return {};
  const parsed = parseEdtf(value);
  return {
    [prefix]: parsed.edtf,
    [`${prefix}Earliest`]: toNeo4jDate(parsed.earliest),
    [`${prefix}Latest`]: toNeo4jDate(parsed.latest),
    [`${prefix}Precision`]: parsed.precision,
    [`${prefix}Approximate`]: parsed.approximate,
    [`${prefix}Uncertain`]: parsed.uncertain,
  };
}
