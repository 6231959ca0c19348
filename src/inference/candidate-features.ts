import { addressWording } from './address-wording';
import { kindPairing } from './kind-pairing';
import { LATE_DAYS, lagEvidence } from './lag-evidence';
import {
  ownCause,
  proportionScore,
  shareOf,
  WORDING,
  type Candidate,
  type Proportion,
  type ScoringOptions,
} from './score-candidate';

/**
 * What a candidate (an answer and an earlier act) shows, as numbers a learned scorer weighs: the
 * evidence the hand rules read, graded as they grade it (lag on the EDTF bounds, proportion, kind
 * pairing from 0 to 1) or as facts (1 or 0: wording, the graph's context, a cause of its own), each
 * with the words an analyst reads. A pure function.
 */
export const FEATURES = [
  'lag',
  'datesOverlap',
  'proportion',
  'kindPairing',
  'worded',
  'answersSeveralStates',
  'answeredBefore',
  'newRound',
  'ownCause',
] as const;

export type Feature = (typeof FEATURES)[number];

export interface CandidateEvidence {
  /** Each feature's value: a grade from 0 to 1, or 1 and 0 for a fact. */
  values: Record<Feature, number>;
  /** The words of each feature that holds, for the reasons. */
  reasons: Partial<Record<Feature, string>>;
  /** The sources' own words of answering, when they have any. */
  worded: boolean;
  /** Both measures answer an outside event (or give the same reason): never each other. */
  outside: string | null;
}

/** The features that come from the proportion of the counts (rescored when acts are summed). */
export const proportionValues = (proportion: Proportion): Partial<Record<Feature, number>> => ({
  proportion: proportion.value,
});

const zero = () => Object.fromEntries(FEATURES.map((feature) => [feature, 0])) as Record<Feature, number>;

export function candidateEvidence(
  candidate: Candidate,
  multilateralCount: number,
  options: ScoringOptions,
): CandidateEvidence {
  const values = zero();
  const reasons: Partial<Record<Feature, string>> = {};
  const hold = (feature: Feature, reason: string, value = 1) => {
    values[feature] = value;
    reasons[feature] = reason;
  };
  const wording = WORDING.exec(candidate.answerText);
  const addressed =
    wording === null && options.addressWording ? addressWording(candidate.answerAddresses, WORDING) : null;
  const worded = wording !== null || addressed !== null;
  if (wording) hold('worded', `sources say "${wording[0]}"`);
  if (addressed) hold('worded', `a source's address says "${addressed}"`);
  const first = candidate.answeredBefore.length === 0;
  const lag = lagEvidence(candidate, worded, first);
  hold(
    'lag',
    first && lag.shortest > LATE_DAYS
      ? `${lag.reason}, the first answer of its state to this act`
      : lag.reason,
    lag.value,
  );
  if (lag.shortest < 0) hold('datesOverlap', 'overlapping dates');
  const proportion = proportionScore(
    shareOf(candidate.answerCount, candidate.answerTargets.length),
    shareOf(candidate.actCount, candidate.actTargetCount),
  );
  hold('proportion', proportion.reason, proportion.value);
  const kind = kindPairing(candidate.actType, candidate.answerType);
  hold('kindPairing', kind.reason, kind.value);
  if (multilateralCount > 1 && lag.shortest > 0)
    hold('answersSeveralStates', `one answer to ${multilateralCount} states' measures`);
  if (!first) hold('answeredBefore', `already answered by ${candidate.answeredBefore.join(', ')} in between`);
  if (candidate.actFollows.length > 0 && lag.shortest > 1)
    hold(
      'newRound',
      `the act itself follows ${candidate.actFollows.join(', ')}: a new round more than an answer`,
    );
  const cause = ownCause(candidate, worded);
  if (cause && !cause.outside) hold('ownCause', cause.reason);
  return { values, reasons, worded, outside: cause?.outside ? cause.reason : null };
}
