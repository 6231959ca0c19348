import { daysBetween } from '../domain/retaliation-metrics';

export interface DatedPair {
  actEarliest: string;
  actLatest: string;
  answerEarliest: string;
  answerLatest: string;
}

/**
 * Scores a lag of whole days: answers come within days, weeks at most. The first answer of a state to
 * an act it has not answered yet may take weeks longer: a wave is often answered a month or two later.
 */
function lagValue(days: number, worded: boolean, firstAnswer: boolean): number {
  if (days === 0) return worded ? 1 : 0.9;
  if (days <= 7) return 1;
  if (days <= 21) return 0.85;
  if (days <= 45) return firstAnswer ? 0.85 : 0.6;
  if (days <= 90) return firstAnswer ? 0.6 : 0.35;
  return 0.15;
}

/** Lags past three weeks, where a first answer to an act is judged more leniently. */
export const LATE_DAYS = 21;

/** An overlap of the two dates' bounds (a month, a year) leaves the order open: weaker than a known lag. */
const UNORDERED = 0.6;

/**
 * How well the time between act and answer fits an answer, judged on the EDTF bounds of both: the
 * shortest lag the dates allow and the longest. Bounds that overlap allow either order.
 */
export function lagEvidence(
  pair: DatedPair,
  worded: boolean,
  firstAnswer = false,
): { value: number; reason: string; shortest: number } {
  const shortest = daysBetween(pair.actLatest, pair.answerEarliest) ?? 0;
  const longest = daysBetween(pair.actEarliest, pair.answerLatest) ?? shortest;
  if (shortest >= 0) {
    const span = longest > shortest ? `${shortest} to ${longest}` : String(shortest);
    return {
      value: lagValue(shortest, worded, firstAnswer),
      reason: `answered after ${span} day(s)`,
      shortest,
    };
  }
  return {
    value: UNORDERED * lagValue(0, worded, firstAnswer),
    reason: `dates overlap (act ${pair.actEarliest}..${pair.actLatest}, answer ${pair.answerEarliest}..${pair.answerLatest}): the order is uncertain`,
    shortest,
  };
}
