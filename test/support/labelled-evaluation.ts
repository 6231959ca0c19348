import { historyEventId } from '../../src/history/prepare-history';

/**
 * Splitting a labelled table of measures for evaluating inference: a chain (the measures joined by
 * stated answers) is kept whole, and goes to the half of the year it starts in. Thresholds and
 * weights are tuned on the even years; the odd years are only reported.
 */
export type Half = 'tuning' | 'heldOut';

export interface LabelledRow {
  id: string;
  date: string;
  responds_to?: string;
}

export interface HalfFigures {
  measures: number;
  stated: number;
  proposed: number;
  right: number;
  precision: number;
  recall: number;
}

const answered = (row: LabelledRow) =>
  String(row.responds_to ?? '')
    .split(';')
    .map((id) => id.trim())
    .filter(Boolean);

/** Each row's chain (the measures joined by stated answers, named by one of them) and the chain's first date. */
export function chainsOf(rows: LabelledRow[]): Map<string, { chain: string; start: string }> {
  const parent = new Map(rows.map((row) => [row.id, row.id]));
  const root = (id: string): string => {
    let at = id;
    while (parent.get(at) !== at) at = parent.get(at)!;
    return at;
  };
  for (const row of rows)
    for (const act of answered(row)) if (parent.has(act)) parent.set(root(row.id), root(act));
  const start = new Map<string, string>();
  for (const row of rows) {
    const chain = root(row.id);
    const earliest = start.get(chain);
    if (earliest === undefined || row.date < earliest) start.set(chain, row.date);
  }
  return new Map(rows.map((row) => [row.id, { chain: root(row.id), start: start.get(root(row.id))! }]));
}

/** Each row's half: its chain's, by the year of the chain's earliest measure. */
export function halvesByChain(rows: LabelledRow[]): Map<string, Half> {
  return new Map(
    [...chainsOf(rows)].map(([id, { start }]) => [
      id,
      Number(start.slice(0, 4)) % 2 === 0 ? 'tuning' : 'heldOut',
    ]),
  );
}

/** The stated links of the table, as `event:answer->event:act`. */
export function statedLinks(rows: LabelledRow[]): string[] {
  return rows.flatMap((row) =>
    answered(row).map((act) => `${historyEventId(row.id)}->${historyEventId(act)}`),
  );
}

/** Precision and recall per half; a link counts in the half of its answer. */
export function figuresByHalf(rows: LabelledRow[], proposed: string[]): Record<Half, HalfFigures> {
  const halves = halvesByChain(rows);
  const halfOf = (link: string) => halves.get(link.split('->')[0]!.slice('event:'.length));
  const stated = new Set(statedLinks(rows));
  const figures = (half: Half): HalfFigures => {
    const mine = proposed.filter((link) => halfOf(link) === half);
    const gold = [...stated].filter((link) => halfOf(link) === half);
    const right = mine.filter((link) => stated.has(link)).length;
    return {
      measures: [...halves.values()].filter((value) => value === half).length,
      stated: gold.length,
      proposed: mine.length,
      right,
      precision: mine.length === 0 ? 1 : right / mine.length,
      recall: gold.length === 0 ? 1 : right / gold.length,
    };
  };
  return { tuning: figures('tuning'), heldOut: figures('heldOut') };
}
