import { datesOverlap } from '../../src/draft/merge-events';

/** An event as the evaluation compares it: type, states on each side, count, date. */
export interface ComparedEvent {
  type: string;
  actors: string[];
  targets: string[];
  count?: number;
  date?: string;
}

const states = (ids: string[]) => ids.filter((id) => id.startsWith('state:')).map((id) => id.slice(6));

/** The states of a report event; the expected fixtures list ISO codes already. */
export function comparedEvent(event: Record<string, unknown>): ComparedEvent {
  return {
    type: event['type'] as string,
    actors: states(event['actors'] as string[]),
    targets: states(event['targets'] as string[]),
    count: event['count'] as number | undefined,
    date: event['date'] as string | undefined,
  };
}

/** Same type, every expected state on its side (none on the other), same count when both give one, dates that can meet. */
export function sameEvent(expected: ComparedEvent, drafted: ComparedEvent): boolean {
  return (
    expected.type === drafted.type &&
    expected.actors.every((s) => drafted.actors.includes(s) && !drafted.targets.includes(s)) &&
    expected.targets.every((s) => drafted.targets.includes(s) && !drafted.actors.includes(s)) &&
    (expected.count === undefined || drafted.count === undefined || expected.count === drafted.count) &&
    datesOverlap(expected.date, drafted.date)
  );
}

export interface Score {
  expected: number;
  drafted: number;
  found: number;
  right: number;
  recall: number;
  precision: number;
}

/** Recall: expected items some drafted item matches; precision: drafted items matching some expected one. */
export function score<E, D>(expected: E[], drafted: D[], match: (e: E, d: D) => boolean): Score {
  const found = expected.filter((e) => drafted.some((d) => match(e, d))).length;
  const right = drafted.filter((d) => expected.some((e) => match(e, d))).length;
  return {
    expected: expected.length,
    drafted: drafted.length,
    found,
    right,
    recall: expected.length === 0 ? 1 : found / expected.length,
    precision: drafted.length === 0 ? 1 : right / drafted.length,
  };
}

export function addScores(scores: Score[]): Score {
  const sum = (key: 'expected' | 'drafted' | 'found' | 'right') =>
    scores.reduce((total, s) => total + s[key], 0);
  const total = {
    expected: sum('expected'),
    drafted: sum('drafted'),
    found: sum('found'),
    right: sum('right'),
  };
  return { ...total, recall: total.found / total.expected, precision: total.right / total.drafted };
}

/** Two quotes overlap when one holds the other, or they share a run of 30 characters. */
export function quotesOverlap(a: string, b: string): boolean {
  const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
  const x = clean(a);
  const y = clean(b);
  if (x.includes(y) || y.includes(x)) return true;
  const [shorter, longer] = x.length < y.length ? [x, y] : [y, x];
  for (let i = 0; i + 30 <= shorter.length; i += 10)
    if (longer.includes(shorter.slice(i, i + 30))) return true;
  return false;
}
