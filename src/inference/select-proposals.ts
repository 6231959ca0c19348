import { rescoreLearnedProportion, scoreLearned, type LogisticModel } from './learned-scorer';
import {
  proportionScore,
  scoreCandidate,
  shareOf,
  DEFAULT_SCORING,
  NEAR_MIRROR,
  WEIGHTS,
  type Candidate,
  type Proportion,
  type Scored,
  type ScoringOptions,
} from './score-candidate';

export type ScoredCandidate = Candidate & Scored & { logit?: number };

/** How candidates are scored: by the hand rules, or by a learned model when one is given. */
export interface SelectionOptions extends ScoringOptions {
  model?: LogisticModel | null;
}

type Rescore = (act: ScoredCandidate, own: Proportion, summed: Proportion) => number;

/** The rules' score with the summed proportion in place of the act's own. */
const rescoreRules: Rescore = (act, own, summed) =>
  act.score + Math.max(0, WEIGHTS.proportion * (summed.value - own.value));

function scorerOf(options: SelectionOptions): {
  score: (candidate: Candidate, multilateralCount: number) => Scored & { logit?: number };
  rescore: Rescore;
} {
  const model = options.model;
  if (!model) return { score: (c, n) => scoreCandidate(c, n, options), rescore: rescoreRules };
  return {
    score: (c, n) => scoreLearned(c, n, options, model),
    rescore: (act, own, summed) =>
      Math.max(
        act.score,
        rescoreLearnedProportion(
          { score: act.score, logit: act.logit ?? 0, reasons: act.reasons, worded: act.worded },
          own,
          summed,
          model,
        ),
      ),
  };
}

const better = (a: ScoredCandidate, b: ScoredCandidate) =>
  a.score > b.score || (a.score === b.score && a.actLatest > b.actLatest);

/**
 * Further acts of the same state that the answer's count covers together with the best one (two
 * waves answered at once): kept when the summed counts come closer to the answer's than the best
 * act's alone, or stay a near mirror of it, rescored with the summed proportion.
 */
function actsAnsweredTogether(
  best: ScoredCandidate,
  others: ScoredCandidate[],
  rescore: Rescore,
): ScoredCandidate[] {
  const answer = shareOf(best.answerCount, best.answerTargets.length);
  const first = shareOf(best.actCount, best.actTargetCount);
  if (answer === null || first === null || answer === 0 || first === 0) return [];
  const closeness = (sum: number) => Math.min(answer / sum, sum / answer);
  const together: ScoredCandidate[] = [];
  let sum = first;
  for (const other of [...others].sort((a, b) => b.score - a.score)) {
    const share = shareOf(other.actCount, other.actTargetCount);
    if (share === null) continue;
    const summed = closeness(sum + share);
    if (summed <= closeness(sum) && summed < NEAR_MIRROR) continue;
    sum += share;
    together.push(other);
  }
  if (together.length === 0) return [];
  const summed = proportionScore(answer, sum);
  const counts = [best, ...together].map((act) => act.actCount).join(' + ');
  // Each act's own proportion gives way to the summed one.
  const own = (act: ScoredCandidate) => proportionScore(answer, shareOf(act.actCount, act.actTargetCount));
  return [best, ...together].map((act) => ({
    ...act,
    score: Math.min(1, Math.round(rescore(act, own(act), summed) * 1000) / 1000),
    reasons: [
      ...act.reasons,
      `answers ${together.length + 1} acts of the same state together (${counts} for ${best.answerCount})`,
    ],
  }));
}

/**
 * The answers that are a near mirror of each act by count: an act another measure mirrors is that
 * measure's to answer, and joins no other answer's sum.
 */
function mirroringAnswers(candidates: Candidate[]): Map<string, string[]> {
  const mirrored = new Map<string, string[]>();
  for (const candidate of candidates) {
    const answer = shareOf(candidate.answerCount, candidate.answerTargets.length);
    const act = shareOf(candidate.actCount, candidate.actTargetCount);
    if (answer === null || act === null || answer === 0 || act === 0) continue;
    if (Math.min(answer / act, act / answer) < NEAR_MIRROR) continue;
    mirrored.set(candidate.actId, [...(mirrored.get(candidate.actId) ?? []), candidate.answerId]);
  }
  return mirrored;
}

/**
 * For each answer and each state that provoked it, the best-scoring act, and further acts of that
 * state when the counts say they were answered together (and no other measure mirrors them).
 * Multilateral answers keep acts per state.
 */
export function bestPerProvoker(
  candidates: Candidate[],
  options: SelectionOptions = DEFAULT_SCORING,
): ScoredCandidate[] {
  const scorer = scorerOf(options);
  const byAnswer = new Map<string, Candidate[]>();
  for (const candidate of candidates)
    byAnswer.set(candidate.answerId, [...(byAnswer.get(candidate.answerId) ?? []), candidate]);
  const mirrored = mirroringAnswers(candidates);
  return [...byAnswer.values()].flatMap((group) => {
    const provokers = new Set(group.flatMap((candidate) => candidate.provokers));
    const scored = group.map((candidate) => ({
      ...candidate,
      ...scorer.score(candidate, provokers.size),
    }));
    const byProvoker = new Map<string, ScoredCandidate[]>();
    for (const candidate of scored) {
      const key = candidate.provokers.join(',');
      byProvoker.set(key, [...(byProvoker.get(key) ?? []), candidate]);
    }
    return [...byProvoker.values()].flatMap((acts) => {
      const best = acts.reduce((top, candidate) => (better(candidate, top) ? candidate : top));
      const together = actsAnsweredTogether(
        best,
        acts.filter((act) => act !== best && !mirrored.get(act.actId)?.some((id) => id !== act.answerId)),
        scorer.rescore,
      );
      return together.length > 0 ? together : [best];
    });
  });
}

/**
 * How much the evidence favours one proposal's direction over an opposite one's (positive: the first):
 * the sources' wording, an act with a cause of its own (the first move), a measure against more states
 * (each target answers it), then the score.
 */
function directionEvidence(proposal: ScoredCandidate, opposite: ScoredCandidate): number {
  if (proposal.worded !== opposite.worded) return proposal.worded ? 1 : -1;
  const actFirst = proposal.actCauses.length > 0;
  const answerFirst = opposite.actCauses.length > 0;
  if (actFirst !== answerFirst) return actFirst ? 1 : -1;
  if (proposal.actTargetCount !== opposite.actTargetCount)
    return proposal.actTargetCount - opposite.actTargetCount;
  return proposal.score - opposite.score;
}

const sameDay = (proposal: ScoredCandidate) =>
  proposal.actEarliest === proposal.actLatest &&
  proposal.answerEarliest === proposal.answerLatest &&
  proposal.actEarliest === proposal.answerEarliest;

const overlaps = (a: string[], b: string[]) => a.some((id) => b.includes(id));

/** Whether the other proposal runs the opposite way between the same two states, or between the same two measures. */
function opposes(proposal: ScoredCandidate, other: ScoredCandidate): boolean {
  if (other.answerId === proposal.actId && other.actId === proposal.answerId) return true;
  return (
    sameDay(other) &&
    other.actEarliest === proposal.actEarliest &&
    overlaps(other.answerActors, proposal.provokers) &&
    overlaps(other.provokers, proposal.answerActors)
  );
}

/**
 * Two measures cannot answer each other, and within one day (the graph holds no order inside a day)
 * answers between two states run one way: of proposals that go both ways, those of the direction the
 * evidence favours are kept, and none on a tie.
 */
export function oneDirectionPerPair<T extends ScoredCandidate>(proposals: T[]): T[] {
  const byDay = new Map<string, T[]>();
  for (const proposal of proposals.filter(sameDay))
    byDay.set(proposal.actEarliest, [...(byDay.get(proposal.actEarliest) ?? []), proposal]);
  const byPair = new Map(proposals.map((proposal) => [`${proposal.answerId}->${proposal.actId}`, proposal]));
  return proposals.filter((proposal) => {
    const reverse = byPair.get(`${proposal.actId}->${proposal.answerId}`);
    const candidates = [
      ...(sameDay(proposal) ? (byDay.get(proposal.actEarliest) ?? []) : []),
      ...(reverse ? [reverse] : []),
    ];
    return candidates
      .filter((other) => other !== proposal && opposes(proposal, other))
      .every((opposite) => directionEvidence(proposal, opposite) > 0);
  });
}
