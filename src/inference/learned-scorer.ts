import { candidateEvidence, proportionValues, FEATURES, type Feature } from './candidate-features';
import type { Candidate, Proportion, Scored, ScoringOptions } from './score-candidate';
import learnedWeights from './learned-weights.json';

/**
 * A logistic model over the candidate's features: the probability that the answer answers the act
 * is 1 / (1 + e^-(intercept + Σ weight × value)). Its weights are fitted on the tuning half of the
 * shipped history (test/integration/inference-learned-weights.int.test.ts re-derives them).
 */
export interface LogisticModel {
  intercept: number;
  weights: Record<Feature, number>;
  /** The probability from which a candidate is proposed, chosen by cross-validation. */
  threshold: number;
}

export const LEARNED_MODEL: LogisticModel = learnedWeights;

export interface LearnedScore extends Scored {
  /** The log-odds the score comes from. */
  logit: number;
}

const sigmoid = (logit: number) => 1 / (1 + Math.exp(-logit));
const rounded = (score: number) => Math.round(score * 1000) / 1000;
const signed = (value: number) => (value >= 0 ? `+${value.toFixed(2)}` : value.toFixed(2));

/** The score and its reasons, each with what it adds to the log-odds, largest first. */
export function scoreLearned(
  candidate: Candidate,
  multilateralCount: number,
  options: ScoringOptions,
  model: LogisticModel = LEARNED_MODEL,
): LearnedScore {
  const evidence = candidateEvidence(candidate, multilateralCount, options);
  const contributions = FEATURES.flatMap((feature) => {
    const reason = evidence.reasons[feature];
    const value = model.weights[feature] * evidence.values[feature];
    return reason === undefined ? [] : [{ reason, value }];
  });
  const logit = contributions.reduce((sum, { value }) => sum + value, model.intercept);
  const reasons = [...contributions]
    .sort((a, b) => Math.abs(b.value) - Math.abs(a.value))
    .map(({ reason, value }) => `${reason} (${signed(value)})`);
  if (evidence.outside)
    return { score: 0, logit: -Infinity, reasons: [...reasons, evidence.outside], worded: evidence.worded };
  return { score: rounded(sigmoid(logit)), logit, reasons, worded: evidence.worded };
}

/** The score again with the proportion of summed counts in place of the act's own. */
export function rescoreLearnedProportion(
  scored: LearnedScore,
  own: Proportion,
  summed: Proportion,
  model: LogisticModel = LEARNED_MODEL,
): number {
  if (!Number.isFinite(scored.logit)) return scored.score;
  const part = (proportion: Proportion) =>
    Object.entries(proportionValues(proportion)).reduce(
      (sum, [feature, value]) => sum + model.weights[feature as Feature] * value,
      0,
    );
  return rounded(sigmoid(scored.logit - part(own) + part(summed)));
}
