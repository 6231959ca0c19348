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
 * values packs several times faster than a map per row. Date bounds travel as ISO strings; states,
 * sources and dyads as positions in the batch's own lists of them, each named once.
 */
export type MeasureColumns = Record<StoredProperty | 'id' | 'dateEarliest' | 'dateLatest', unknown[]> & {
  actors: number[][];
  targets: number[][];
  dyads: number[][];
  source: Array<number | null>;
};

export interface MeasureBatch {
  measures: MeasureColumns;
  states: string[];
  /** The first `created` are created, not merged. */
  sources: { id: string[]; url: string[]; created: number };
  dyads: { key: string[]; actor: string[]; target: string[] };
}

/** Positions of values in a list that names each once, in order of first use. */
class Positions {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();

  of(value: string): number {
    let at = this.index.get(value);
    if (at === undefined) {
      at = this.values.length;
      this.index.set(value, at);
      this.values.push(value);
    }
    return at;
  }
}

/**
 * The batch's columns. Sources for which `isNew` says so (asked once for each) come first in
 * their list and are created; the others are merged.
 */
export function measureColumns(
  events: PreparedMeasure[],
  isNew: (sourceId: string) => boolean = () => false,
): MeasureBatch {
  const states = new Positions();
  const sources = { created: new Positions(), merged: new Positions() };
  const sourceUrls = { created: [] as string[], merged: [] as string[] };
  const sourceOf = new Map<string, 'created' | 'merged'>();
  const dyads = new Positions();
  const dyadEnds: { actor: string[]; target: string[] } = { actor: [], target: [] };
  const columns = {
    id: events.map((event) => event.id),
    dateEarliest: events.map((event) => event.props['dateEarliest']?.toString() ?? null),
    dateLatest: events.map((event) => event.props['dateLatest']?.toString() ?? null),
    actors: events.map((event) => event.actors.map((id) => states.of(id))),
    targets: events.map((event) => event.targets.map((id) => states.of(id))),
    dyads: events.map((event) => {
      const keys = new Set<number>();
      for (const actor of event.actors) {
        for (const target of event.targets) {
          const before = dyads.values.length;
          const at = dyads.of(`${actor}>${target}`);
          if (at === before) {
            dyadEnds.actor.push(actor);
            dyadEnds.target.push(target);
          }
          keys.add(at);
        }
      }
      return [...keys];
    }),
    source: [],
  } as unknown as MeasureColumns;
  const sourceAt = events.map((event) => {
    if (event.sourceId === null) return null;
    let list = sourceOf.get(event.sourceId);
    if (list === undefined) {
      list = isNew(event.sourceId) ? 'created' : 'merged';
      sourceOf.set(event.sourceId, list);
      sources[list].of(event.sourceId);
      sourceUrls[list].push(event.sourceUrl ?? '');
    }
    return { list, at: sources[list].of(event.sourceId) };
  });
  const created = sources.created.values.length;
  columns.source = sourceAt.map((source) =>
    source === null ? null : source.at + (source.list === 'merged' ? created : 0),
  );
  for (const property of STORED) columns[property] = events.map((event) => event.props[property] ?? null);
  return {
    measures: columns,
    states: states.values,
    sources: {
      id: [...sources.created.values, ...sources.merged.values],
      url: [...sourceUrls.created, ...sourceUrls.merged],
      created,
    },
    dyads: { key: dyads.values, ...dyadEnds },
  };
}
