import { candidateEvidence, FEATURES } from '../../src/inference/candidate-features';
import type { LogisticModel } from '../../src/inference/learned-scorer';
import type { Candidate } from '../../src/inference/score-candidate';
import {
  bestPerProvoker,
  oneDirectionPerPair,
  type SelectionOptions,
} from '../../src/inference/select-proposals';
import { fitLogistic } from './fit-logistic';

/**
 * Choosing and judging a scorer within the tuning half only: its chains are split again into folds
 * (a chain stays whole), a scorer is fitted or tuned on some folds and counted on the others, and the
 * counts of every fold are pooled. Nothing here is ever given the held-out half.
 */
export interface Counts {
  stated: number;
  proposed: number;
  right: number;
}

export interface Figures extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export const figuresOf = ({ stated, proposed, right }: Counts): Figures => {
  const precision = proposed === 0 ? 1 : right / proposed;
  const recall = stated === 0 ? 1 : right / stated;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { stated, proposed, right, precision, recall, f1 };
};

/** The labelled tuning half: its candidates, its stated links, and each answer's fold. */
export interface TuningSet {
  candidates: Candidate[];
  stated: Set<string>;
  /** The fold of each tuning-half measure, by event id. */
  foldOf: Map<string, number>;
  folds: number;
}

const linkOf = (candidate: { answerId: string; actId: string }) =>
  `${candidate.answerId}->${candidate.actId}`;

/**
 * Chain-grouped folds: the tuning half's chains in order of their first measure, dealt out in turn,
 * so each fold spans the years. `chainOf` gives each measure its chain and the chain's first date.
 */
export function chainFolds(
  chainOf: Map<string, { chain: string; start: string }>,
  folds: number,
): Map<string, number> {
  const starts = new Map<string, string>();
  for (const { chain, start } of chainOf.values()) starts.set(chain, start);
  const order = [...starts.entries()].sort((a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0]));
  const foldOfChain = new Map(order.map(([chain], index) => [chain, index % folds]));
  return new Map([...chainOf].map(([id, { chain }]) => [id, foldOfChain.get(chain)!]));
}

/** One fold's scoring: the rules, or a model fitted without the fold, and the threshold it was given. */
export interface FoldScoring {
  options: SelectionOptions;
  threshold: number;
}

/**
 * The counts on the answers of some folds, each fold scored its own way (every candidate of an
 * answer lies in the answer's fold, so the best acts are chosen fold by fold), then one direction
 * per pair chosen over all of them at once, as the service does.
 */
export function countOn(set: TuningSet, scoring: ReadonlyMap<number, FoldScoring>): Counts {
  const inFolds = (id: string) => scoring.has(set.foldOf.get(id) ?? -1);
  const kept = [...scoring].flatMap(([fold, { options, threshold }]) =>
    bestPerProvoker(
      set.candidates.filter((candidate) => set.foldOf.get(candidate.answerId) === fold),
      options,
    ).filter((candidate) => candidate.score >= threshold),
  );
  const proposed = oneDirectionPerPair(kept).map(linkOf);
  const stated = [...set.stated].filter((link) => inFolds(link.split('->')[0]!));
  return {
    stated: stated.length,
    proposed: proposed.length,
    right: proposed.filter((link) => set.stated.has(link)).length,
  };
}

/** The same scoring for every fold given. */
export const alike = (folds: Iterable<number>, scoring: FoldScoring) =>
  new Map([...folds].map((fold) => [fold, scoring]));

/** Each candidate's feature values, with multilateral answers counted as the service counts them. */
export function featureRows(candidates: Candidate[], options: SelectionOptions): number[][] {
  const provokers = new Map<string, Set<string>>();
  for (const candidate of candidates)
    for (const state of candidate.provokers)
      provokers.set(candidate.answerId, (provokers.get(candidate.answerId) ?? new Set()).add(state));
  return candidates.map((candidate) => {
    const { values } = candidateEvidence(candidate, provokers.get(candidate.answerId)?.size ?? 0, options);
    return FEATURES.map((feature) => values[feature]);
  });
}

export interface LearningSettings {
  /** The L2 penalties tried. */
  penalties: number[];
  /** The thresholds tried. */
  thresholds: number[];
  /** Features whose weight is set rather than learned. */
  fixed: Partial<Record<(typeof FEATURES)[number], number>>;
  addressWording: boolean;
}

/** A model fitted to the candidates of some folds. */
export function fitOn(
  set: TuningSet,
  folds: ReadonlySet<number>,
  penalty: number,
  threshold: number,
  settings: LearningSettings,
): LogisticModel {
  const candidates = set.candidates.filter((candidate) =>
    folds.has(set.foldOf.get(candidate.answerId) ?? -1),
  );
  const rows = featureRows(candidates, { addressWording: settings.addressWording });
  const labels = candidates.map((candidate) => (set.stated.has(linkOf(candidate)) ? 1 : 0));
  const fixed = new Map(
    Object.entries(settings.fixed).map(([feature, weight]) => [FEATURES.indexOf(feature as never), weight]),
  );
  const fit = fitLogistic(rows, labels, { penalty, fixed });
  return {
    intercept: fit.intercept,
    weights: Object.fromEntries(
      FEATURES.map((feature, index) => [feature, fit.weights[index]!]),
    ) as LogisticModel['weights'],
    threshold,
  };
}

const better = (a: Figures, b: Figures) => a.f1 > b.f1 + 1e-12;

/** The penalty and threshold whose pooled counts over the given folds (each left out in turn) are best. */
export function chooseByCrossValidation(
  set: TuningSet,
  folds: number[],
  settings: LearningSettings,
): { penalty: number; threshold: number; figures: Figures } {
  let best: { penalty: number; threshold: number; figures: Figures } | null = null;
  // Larger penalties first: on a tie the simpler model is kept.
  for (const penalty of [...settings.penalties].sort((a, b) => b - a)) {
    const models = folds.map((left) => ({
      left,
      model: fitOn(set, new Set(folds.filter((fold) => fold !== left)), penalty, 0, settings),
    }));
    for (const threshold of settings.thresholds) {
      const scoring = new Map(
        models.map(({ left, model }) => [
          left,
          { options: { addressWording: settings.addressWording, model }, threshold },
        ]),
      );
      const figures = figuresOf(countOn(set, scoring));
      if (!best || better(figures, best.figures)) best = { penalty, threshold, figures };
    }
  }
  return best!;
}

/** The rules' threshold whose counts on the given folds are best (the rules have no other fitted part). */
export function chooseRulesThreshold(
  set: TuningSet,
  folds: number[],
  thresholds: number[],
  addressWording: boolean,
): { threshold: number; figures: Figures } {
  let best: { threshold: number; figures: Figures } | null = null;
  for (const threshold of thresholds) {
    const figures = figuresOf(countOn(set, alike(folds, { options: { addressWording }, threshold })));
    if (!best || better(figures, best.figures)) best = { threshold, figures };
  }
  return best!;
}

export interface NestedEstimate {
  learned: Figures;
  rulesRetuned: Figures;
  rulesShipped: Figures;
  /** Per outer fold: the penalty and threshold chosen on the other folds, and the rules' threshold. */
  choices: { fold: number; penalty: number; threshold: number; rulesThreshold: number }[];
}

/** The part of the set outside one fold, split again by another fold assignment. */
function trainingPart(set: TuningSet, left: number, inner: Map<string, number>, folds: number): TuningSet {
  const kept = (id: string) => set.foldOf.has(id) && set.foldOf.get(id) !== left;
  return {
    candidates: set.candidates.filter((candidate) => kept(candidate.answerId)),
    stated: set.stated,
    foldOf: new Map([...inner].filter(([id]) => kept(id))),
    folds,
  };
}

/**
 * Nested cross-validation: each fold of `set` in turn is counted with what was chosen and fitted on
 * the others (the learned scorer's penalty and threshold by an inner cross-validation over the
 * `inner` folds, the rules' threshold on the others' counts); the shipped rules at their shipped
 * threshold are counted too (in-sample: they were tuned on the whole tuning half).
 */
export function nestedEstimate(
  set: TuningSet,
  inner: { foldOf: Map<string, number>; folds: number },
  settings: LearningSettings,
  rulesThresholds: number[],
  shippedRulesThreshold: number,
): NestedEstimate {
  const innerFolds = [...Array(inner.folds).keys()];
  const learned = new Map<number, FoldScoring>();
  const rulesRetuned = new Map<number, FoldScoring>();
  const choices: NestedEstimate['choices'] = [];
  const options = { addressWording: settings.addressWording };
  for (let fold = 0; fold < set.folds; fold++) {
    const training = trainingPart(set, fold, inner.foldOf, inner.folds);
    const chosen = chooseByCrossValidation(training, innerFolds, settings);
    const model = fitOn(training, new Set(innerFolds), chosen.penalty, chosen.threshold, settings);
    learned.set(fold, { options: { ...options, model }, threshold: chosen.threshold });
    const rules = chooseRulesThreshold(training, innerFolds, rulesThresholds, settings.addressWording);
    rulesRetuned.set(fold, { options, threshold: rules.threshold });
    choices.push({
      fold,
      penalty: chosen.penalty,
      threshold: chosen.threshold,
      rulesThreshold: rules.threshold,
    });
  }
  const all = [...Array(set.folds).keys()];
  return {
    learned: figuresOf(countOn(set, learned)),
    rulesRetuned: figuresOf(countOn(set, rulesRetuned)),
    rulesShipped: figuresOf(countOn(set, alike(all, { options, threshold: shippedRulesThreshold }))),
    choices,
  };
}

const steps = (from: number, to: number, step: number) =>
  Array.from({ length: Math.round((to - from) / step) + 1 }, (_, index) =>
    Number((from + index * step).toFixed(3)),
  );

/**
 * The settings the shipped weights were derived with. Wording and a cause of its own never occur
 * in the evaluation's import (the notes and the addresses' words are withheld, the table states no
 * causes), so their weights are set, not learned: as strong for an answer as against one.
 */
export const LEARNING_SETTINGS: LearningSettings = {
  penalties: [0.03, 0.1, 0.3, 1, 3, 10],
  thresholds: steps(0.2, 0.8, 0.05),
  fixed: { worded: 2, ownCause: -2 },
  addressWording: false,
};

/** The rules' thresholds tried when they are re-tuned on some folds. */
export const RULES_THRESHOLDS = steps(0.3, 0.7, 0.025);

/** Outer folds for the estimate, inner ones for choosing within the others. */
export const OUTER_FOLDS = 5;
export const INNER_FOLDS = 4;
