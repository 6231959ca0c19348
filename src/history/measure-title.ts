import { Measure } from './history-row.input';

/** How many people, in words a title can carry: "a diplomat", "6 diplomats", "diplomats". */
function people(count: number | undefined | null, one: string, many: string): string {
  if (count === undefined || count === null) return many;
  return count === 1 ? `${one}` : `${count} ${many}`;
}

const STAFF_CUT = (count: number | null | undefined) =>
  count ? ` by ${people(count, 'one person', 'people')}` : '';

/** The phrase after the actor's name, per kind, for targets `whom` and the row's count. */
const PHRASES: Record<Measure, (whom: string, count: number | null | undefined) => string> = {
  [Measure.EXPULSION]: (whom, count) => `expels ${people(count, 'a diplomat', 'diplomats')} of ${whom}`,
  [Measure.STAFF_REDUCTION]: (whom, count) => `cuts the mission staff of ${whom}${STAFF_CUT(count)}`,
  [Measure.CONSULATE_CLOSURE]: (whom) => `closes consular posts of ${whom}`,
  [Measure.AMBASSADOR_RECALL]: (whom) => `recalls its ambassador from ${whom}`,
  [Measure.SUMMONS]: (whom) => `summons the envoy of ${whom}`,
  [Measure.SANCTION]: (whom) => `imposes sanctions on ${whom}`,
  [Measure.ARREST]: (whom, count) => `arrests ${people(count, 'an official', 'officials')} of ${whom}`,
  [Measure.STATEMENT]: (whom) => `issues a statement against ${whom}`,
  [Measure.OTHER]: (whom) => `acts against ${whom}`,
};

/** A measure's title: "France expels 6 diplomats of Russia", "Latvia expels a diplomat of Russia". */
export function measureTitle(
  actor: string,
  measure: Measure,
  targets: string[],
  count: number | null | undefined,
): string {
  return `${actor} ${PHRASES[measure](targets.join(', '), count)}`;
}
