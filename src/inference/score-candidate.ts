import { compareCounts, daysBetween } from '../domain/retaliation-metrics';

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
  /** States the answer targeted. */
  answerTargets: string[];
  /** How many states the act targeted. */
  actTargetCount: number;
  /** The act's initiators among those targets. */
  provokers: string[];
  answerText: string;
}

export interface Scored {
  score: number;
  reasons: string[];
}

const WORDING =
  /in (response|retaliation|reply)|respon(se|ding) to|retaliat|tit[- ]for[- ]tat|symmetric|mirror|reciproc|in kind|answer(ed|ing)? to/i;

export const WEIGHTS = { lag: 0.35, proportion: 0.2, kind: 0.15, wording: 0.3 } as const;

function lagScore(days: number): number {
  if (days < 0) return 0;
  if (days === 0) return 0.5;
  if (days <= 7) return 1;
  if (days <= 21) return 0.85;
  if (days <= 45) return 0.6;
  if (days <= 90) return 0.35;
  return 0.15;
}

/** How close the two counts are, graded: the proportion itself is the one chains report. */
function proportionScore(answer: number | null, act: number | null): { value: number; reason: string } {
  const { ratio } = compareCounts(answer, act);
  if (answer === null || act === null || ratio === null || ratio === 0)
    return { value: 0.4, reason: 'counts unknown' };
  const closeness = Math.min(ratio, 1 / ratio);
  const shown = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));
  const words = `${shown(answer)} for ${shown(act)}`;
  if (closeness > 0.999) return { value: 1, reason: `mirror (${words})` };
  if (closeness >= 0.75) return { value: 0.75, reason: `near mirror (${words})` };
  if (closeness >= 0.4) return { value: 0.45, reason: `partial (${words})` };
  return { value: 0.15, reason: `disproportionate (${words})` };
}

/** The weighted score (0 to 1) and the reasons an analyst reads next to a proposal. */
export function scoreCandidate(candidate: Candidate, multilateralCount: number): Scored {
  // The shortest lag the dates allow, negative when they overlap (scored as no answer).
  const lag = daysBetween(candidate.actLatest, candidate.answerEarliest) ?? 0;
  const reasons: string[] = [`answered after ${Math.max(lag, 0)} day(s)`];
  // A measure against several states is compared share by share: one of three expelled per state.
  const share = (count: number | null, targets: number) =>
    count === null ? null : count / Math.max(1, targets);
  const proportion = proportionScore(
    share(candidate.answerCount, candidate.answerTargets.length),
    share(candidate.actCount, candidate.actTargetCount),
  );
  reasons.push(proportion.reason);
  const sameKind = candidate.answerType === candidate.actType;
  reasons.push(
    sameKind
      ? `same kind of measure (${candidate.actType})`
      : `different kinds (${candidate.actType} → ${candidate.answerType})`,
  );
  const wording = WORDING.exec(candidate.answerText);
  if (wording) reasons.push(`sources say "${wording[0]}"`);
  let score =
    WEIGHTS.lag * lagScore(lag) +
    WEIGHTS.proportion * proportion.value +
    WEIGHTS.kind * (sameKind ? 1 : 0.3) +
    WEIGHTS.wording * (wording ? 1 : 0);
  if (multilateralCount > 1) {
    reasons.push(`one answer to ${multilateralCount} states' measures`);
    score += 0.1;
  }
  return { score: Math.min(1, Math.round(score * 1000) / 1000), reasons };
}

/**
 * Keeps, for each answer and each state that provoked it, the best-scoring act: an answer answers
 * one measure per state. Multilateral answers keep one act per targeted state.
 */
export function bestPerProvoker(candidates: Candidate[]): Array<Candidate & Scored> {
  const byAnswer = new Map<string, Candidate[]>();
  for (const candidate of candidates)
    byAnswer.set(candidate.answerId, [...(byAnswer.get(candidate.answerId) ?? []), candidate]);
  return [...byAnswer.values()].flatMap((group) => {
    const provokers = new Set(group.flatMap((candidate) => candidate.provokers));
    const scored = group.map((candidate) => ({ ...candidate, ...scoreCandidate(candidate, provokers.size) }));
    const best = new Map<string, Candidate & Scored>();
    for (const candidate of scored) {
      const key = candidate.provokers.join(',');
      const current = best.get(key);
      if (
        !current ||
        candidate.score > current.score ||
        (candidate.score === current.score && candidate.actLatest > current.actLatest)
      ) {
        best.set(key, candidate);
      }
    }
    return [...best.values()];
  });
}
