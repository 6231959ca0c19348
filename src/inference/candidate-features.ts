import { addressWording } from './address-wording';
import { kindPairing } from './kind-pairing';
import { LATE_DAYS, lagEvidence } from './lag-evidence';
import {
  ownCause,
  proportionScore,
  shareOf,
  WORDING,
  type Candidate,
  type ProportionGrade,
  type ScoringOptions,
} from './score-candidate';

/**
 * What a candidate (an answer and an earlier act) shows, as numbers a learned scorer weighs: the
 * evidence the hand rules read (lag, proportion, kind pairing, wording, the graph's context), one
 * feature per fact, each with the words an analyst reads. A pure function.
 */
export const FEATURES = [
  'sameDay',
  'lagWeek',
  'lagThreeWeeks',
  'lagSixWeeks',
  'lagThreeMonths',
  'datesOverlap',
  'lateFirstAnswer',
  'uncertainDate',
  'mirror',
  'nearMirror',
  'partial',
  'smaller',
  'larger',
  'kindPairing',
  'worded',
  'answersSeveralStates',
  'actAgainstSeveral',
  'answeredBefore',
  'newRound',
  'ownCause',
] as const;

export type Feature = (typeof FEATURES)[number];

export interface CandidateEvidence {
  /** Each feature's value: 1 or 0 for a fact, the pairing's usualness (0 to 1) for the kinds. */
  values: Record<Feature, number>;
  /** The words of each feature that holds, for the reasons. */
  reasons: Partial<Record<Feature, string>>;
  /** The sources' own words of answering, when they have any. */
  worded: boolean;
  /** Both measures answer an outside event (or give the same reason): never each other. */
  outside: string | null;
}

const PROPORTION_FEATURES: Record<ProportionGrade, Feature | null> = {
  unknown: null,
  mirror: 'mirror',
  nearMirror: 'nearMirror',
  partial: 'partial',
  smaller: 'smaller',
  larger: 'larger',
};

/** The proportion features of a grade (none for unknown counts, the baseline). */
export const proportionFeature = (grade: ProportionGrade): Feature | null => PROPORTION_FEATURES[grade];

function lagFeature(shortest: number): Feature {
  if (shortest < 0) return 'datesOverlap';
  if (shortest === 0) return 'sameDay';
  if (shortest <= 7) return 'lagWeek';
  if (shortest <= LATE_DAYS) return 'lagThreeWeeks';
  if (shortest <= 45) return 'lagSixWeeks';
  return 'lagThreeMonths';
}

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
  hold(lagFeature(lag.shortest), lag.reason);
  if (first && lag.shortest > LATE_DAYS) hold('lateFirstAnswer', 'the first answer of its state to this act');
  if (candidate.actEarliest !== candidate.actLatest || candidate.answerEarliest !== candidate.answerLatest)
    hold('uncertainDate', 'a date known only to the month or year');
  const proportion = proportionScore(
    shareOf(candidate.answerCount, candidate.answerTargets.length),
    shareOf(candidate.actCount, candidate.actTargetCount),
  );
  const graded = proportionFeature(proportion.grade);
  if (graded) hold(graded, proportion.reason);
  const kind = kindPairing(candidate.actType, candidate.answerType);
  hold('kindPairing', kind.reason, kind.value);
  if (multilateralCount > 1 && lag.shortest > 0)
    hold('answersSeveralStates', `one answer to ${multilateralCount} states' measures`);
  if (candidate.actTargetCount > 1) hold('actAgainstSeveral', `the act targeted ${candidate.actTargetCount} states`);
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
