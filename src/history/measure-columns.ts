import type { PreparedMeasure } from './prepare-history';

const STORED = [
  'type',
  'title',
  'description',
  'secret',
  'count',
  'cameoCode',
  'goldstein',
  'cameoDefaulted',
  'goldsteinDefaulted',
  'ploverCategory',
  'ploverMode',
  'date',
  'datePrecision',
  'dateApproximate',
  'dateUncertain',
  'importHash',
] as const;

type StoredProperty = (typeof STORED)[number];

/**
 * New measures as one list per property, the shape `create-measures.cypher` reads: a list of
 * values packs several times faster than a map per row. Date bounds travel as ISO strings.
 */
export type MeasureColumns = Record<StoredProperty | 'id' | 'dateEarliest' | 'dateLatest', unknown[]> & {
  actors: string[][];
  targets: string[][];
  sourceId: Array<string | null>;
};

export function measureColumns(events: PreparedMeasure[]): MeasureColumns {
  const columns = {
    id: events.map((event) => event.id),
    dateEarliest: events.map((event) => event.props['dateEarliest']?.toString() ?? null),
    dateLatest: events.map((event) => event.props['dateLatest']?.toString() ?? null),
    actors: events.map((event) => event.actors),
    targets: events.map((event) => event.targets),
    sourceId: events.map((event) => event.sourceId),
  } as MeasureColumns;
  for (const property of STORED) columns[property] = events.map((event) => event.props[property] ?? null);
  return columns;
}
