import { compareCounts } from '../domain/retaliation-metrics';
import { addressWording } from './address-wording';
import { kindPairing } from './kind-pairing';
import { LATE_DAYS, lagEvidence } from './lag-evidence';

/** How likely a measure answers an earlier one, from what the graph knows of both: a pure function. */

export interface Candidate {
  answerId: string;
  actId: string;
  answerType: string;
  actType: string;
  answerCount: number | null;
  actCount: number | null;
  answerEarliest: string;
  answerLatest: string;
  actEarliest: string;
  actLatest: string;
  /** States that took the answer, and those it targeted. */
  answerActors: string[];
  answerTargets: string[];
  /** How many states the act targeted. */
  actTargetCount: number;
  /** The act's initiators among those targets. */
  provokers: string[];
  answerText: string;
  /** Events the answer is stated to have resulted from (RESULTED_FROM), and the act's. */
  answerCauses: string[];
  actCauses: string[];
  /** The reason the answer's sources give for it, when they give one. */
  answerReason: string | null;
  /** The reason the act's sources give for it. */
  actReason?: string | null;
  /** Measures of the answering state against the act's state dated between act and answer. */
  answeredBefore: string[];
  /** Measures of the answering state against the act's state in the window before the act. */
  actFollows: string[];
  /** The addresses (URLs) of the answer's sources. */
  answerAddresses: string[];
}

export interface ScoringOptions {
  /** Whether the words of the answer's source addresses count as wording. */
  addressWording: boolean;
}

export const DEFAULT_SCORING: ScoringOptions = { addressWording: true };

export interface Scored {
  score: number;
  reasons: string[];
  /** The sources' own words of answering, when they have any. */
  worded: boolean;
}

export const WORDING =
  /in (response|retaliation|reply)|respon(se|ding) to|retaliat|tit[- ]for[- ]tat|symmetric|mirror|reciproc|in kind|answer(ed|ing)? to/i;

export const WEIGHTS = { lag: 0.35, proportion: 0.2, kind: 0.15, wording: 0.3 } as const;

/** A measure with a cause of its own that is not the act answers it far less often. */
const OWN_CAUSE_FACTOR = 0.5;

/** An act the answering state already answered with a measure in between is seldom answered again. */
const ANSWERED_BEFORE_FACTOR = 0.5;

/**
 * An act that itself follows a measure of the answering state may be an answer already: a measure
 * against it days later is more often a new round than an answer to it.
 */
const COUNTER_ROUND_FACTOR = 0.8;

/** Counts this close (the smaller over the larger) make a near mirror. */
export const NEAR_MIRROR = 0.75;

/** Answers fall short of the act more often than they go far beyond it. */
const SMALLER_ANSWER = 0.3;
const LARGER_ANSWER = 0;

const shown = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));

export interface Proportion {
  value: number;
  reason: string;
}

/** How close the two counts are, graded: the proportion itself is the one chains report. */
export function proportionScore(answer: number | null, act: number | null): Proportion {
  const { ratio } = compareCounts(answer, act);
  if (answer === null || act === null || ratio === null || ratio === 0)
    return { value: 0.4, reason: 'counts unknown' };
  const closeness = Math.min(ratio, 1 / ratio);
  const words = `${shown(answer)} for ${shown(act)}`;
  if (closeness > 0.999) return { value: 1, reason: `mirror (${words})` };
  if (closeness >= NEAR_MIRROR) return { value: 0.75, reason: `near mirror (${words})` };
  if (closeness >= 0.4) return { value: 0.45, reason: `partial (${words})` };
  if (answer < act) return { value: SMALLER_ANSWER, reason: `a smaller answer (${words})` };
  return { value: LARGER_ANSWER, reason: `far beyond the act (${words})` };
}

/** A measure against several states is compared share by share: one of three expelled per state. */
export const shareOf = (count: number | null, targets: number) =>
  count === null ? null : count / Math.max(1, targets);

/**
 * The cause the answer's sources give it, when that cause is not the act: a reason it is no answer.
 * Two measures resulting from the same outside event (a third party's case) answer that event, not
 * each other: they are `outside`, and score nothing against each other.
 */
export function ownCause(candidate: Candidate, worded: boolean): { reason: string; outside: boolean } | null {
  const shared = candidate.answerCauses.find((cause) => candidate.actCauses.includes(cause));
  if (shared)
    return { reason: `both measures result from ${shared}: an outside event, not each other`, outside: true };
  const reason = candidate.answerReason?.trim().toLowerCase();
  if (reason && reason === candidate.actReason?.trim().toLowerCase())
    return {
      reason: `both measures give the same reason ("${reason.slice(0, 80)}"): not each other`,
      outside: true,
    };
  const other = candidate.answerCauses.find((cause) => cause !== candidate.actId);
  if (other && !candidate.answerCauses.includes(candidate.actId))
    return { reason: `stated to result from ${other}, not from this act`, outside: false };
  if (candidate.answerReason && !worded && !WORDING.test(candidate.answerReason))
    return {
      reason: `its stated reason is its own ("${candidate.answerReason.slice(0, 80)}")`,
      outside: false,
    };
  return null;
}

/** The weighted score (0 to 1) and the reasons an analyst reads next to a proposal. */
export function scoreCandidate(
  candidate: Candidate,
  multilateralCount: number,
  options: ScoringOptions = DEFAULT_SCORING,
): Scored {
  const wording = WORDING.exec(candidate.answerText);
  const addressed =
    wording === null && options.addressWording ? addressWording(candidate.answerAddresses, WORDING) : null;
  const worded = wording !== null || addressed !== null;
  const first = candidate.answeredBefore.length === 0;
  const lag = lagEvidence(candidate, worded, first);
  const proportion = proportionScore(
    shareOf(candidate.answerCount, candidate.answerTargets.length),
    shareOf(candidate.actCount, candidate.actTargetCount),
  );
  const kind = kindPairing(candidate.actType, candidate.answerType);
  const reasons = [lag.reason, proportion.reason, kind.reason];
  if (wording) reasons.push(`sources say "${wording[0]}"`);
  if (addressed) reasons.push(`a source's address says "${addressed}"`);
  if (first && lag.shortest > LATE_DAYS) reasons.push('the first answer of its state to this act');
  let score =
    WEIGHTS.lag * lag.value +
    WEIGHTS.proportion * proportion.value +
    WEIGHTS.kind * kind.value +
    WEIGHTS.wording * (worded ? 1 : 0);
  if (multilateralCount > 1 && lag.shortest > 0) {
    reasons.push(`one answer to ${multilateralCount} states' measures`);
    score += 0.1;
  }
  if (candidate.actFollows.length > 0 && lag.shortest > 1) {
    reasons.push(
      `the act itself follows ${candidate.actFollows.join(', ')}: a new round more than an answer`,
    );
    score *= COUNTER_ROUND_FACTOR;
  }
  if (!first) {
    reasons.push(`already answered by ${candidate.answeredBefore.join(', ')} in between`);
    score *= ANSWERED_BEFORE_FACTOR;
  }
  const cause = ownCause(candidate, worded);
  if (cause) {
    reasons.push(cause.reason);
    score *= cause.outside ? 0 : OWN_CAUSE_FACTOR;
  }
  return { score: Math.min(1, Math.round(score * 1000) / 1000), reasons, worded };
}
