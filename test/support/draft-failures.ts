import { datesOverlap } from '../../src/draft/merge-events';
import { sameEvent, type ComparedEvent } from './draft-scoring';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Why an expected event found no match, or which rule a drafted event that matches nothing came from. */
export type FailureCause =
  | 'missed: no event of its type'
  | 'missed: wrong sides'
  | 'missed: wrong count'
  | 'missed: wrong date'
  | 'extra: duplicate of a found event'
  | 'extra: wrong sides or count or date'
  | 'extra: not expected at all';

export interface Failure {
  cause: FailureCause;
  event: ComparedEvent;
  /** For a drafted event, its title and first sentence; for a missed one, the sentence given with it, if any. */
  trigger?: string;
  quote?: string;
}

const sidesAgree = (e: ComparedEvent, d: ComparedEvent) =>
  e.actors.every((s) => d.actors.includes(s) && !d.targets.includes(s)) &&
  e.targets.every((s) => d.targets.includes(s) && !d.actors.includes(s));
const countsAgree = (e: ComparedEvent, d: ComparedEvent) =>
  e.count === undefined || d.count === undefined || e.count === d.count;

function missCause(expected: ComparedEvent, drafted: ComparedEvent[]): FailureCause {
  const ofType = drafted.filter((d) => d.type === expected.type);
  if (ofType.length === 0) return 'missed: no event of its type';
  const sided = ofType.filter((d) => sidesAgree(expected, d));
  if (sided.length === 0) return 'missed: wrong sides';
  if (!sided.some((d) => countsAgree(expected, d))) return 'missed: wrong count';
  return 'missed: wrong date';
}

function extraCause(drafted: ComparedEvent, expected: ComparedEvent[], all: ComparedEvent[]): FailureCause {
  const ofType = expected.filter((e) => e.type === drafted.type);
  if (ofType.length === 0) return 'extra: not expected at all';
  const found = ofType.some((e) => all.some((d) => d !== drafted && sameEvent(e, d)));
  const near = ofType.some(
    (e) => sidesAgree(e, drafted) || (countsAgree(e, drafted) && datesOverlap(e.date, drafted.date)),
  );
  return found && near ? 'extra: duplicate of a found event' : 'extra: wrong sides or count or date';
}

/**
 * The failures of one drafted article, each with its likely cause, so that rules are fixed by class
 * of error rather than by sentence.
 */
export function failuresOf(
  expected: ComparedEvent[],
  drafted: ComparedEvent[],
  draftEvents: Json[],
  claims: Json[],
): Failure[] {
  const failures: Failure[] = [];
  // Expected events written with their sentence ("quote") show where the rules missed them.
  for (const e of expected)
    if (!drafted.some((d) => sameEvent(e, d)))
      failures.push({
        cause: missCause(e, drafted),
        event: e,
        quote: (e as ComparedEvent & { quote?: string }).quote,
      });
  drafted.forEach((d, i) => {
    if (expected.some((e) => sameEvent(e, d))) return;
    const id = draftEvents[i]?.['id'] as string | undefined;
    const occurred = claims.find((c) => c['subject'] === id && c['property'] === 'occurred');
    failures.push({
      cause: extraCause(d, expected, drafted),
      event: d,
      trigger: draftEvents[i]?.['title'] as string | undefined,
      quote: occurred?.['quote'] as string | undefined,
    });
  });
  return failures;
}

export const showEvent = (e: ComparedEvent) =>
  `${e.type} ${e.actors.join(',')} -> ${e.targets.join(',')}${e.count !== undefined ? ` n=${e.count}` : ''} d=${e.date ?? ''}`;

/** Counts of failures by cause, most frequent first. */
export function causeTotals(failures: Failure[]): string[] {
  const totals = new Map<string, number>();
  for (const f of failures) totals.set(f.cause, (totals.get(f.cause) ?? 0) + 1);
  return [...totals].sort((a, b) => b[1] - a[1]).map(([cause, n]) => `${n} ${cause}`);
}
