import { kindPairing } from '../../src/inference/kind-pairing';
import type { InferenceRepository } from '../../src/inference/inference.repository';
import { ANSWERING_TYPES, RETALIATORY_TYPES } from '../../src/inference/kind-pairing';
import type { Candidate, ScoringOptions } from '../../src/inference/score-candidate';
import {
  bestPerProvoker,
  oneDirectionPerPair,
  type ScoredCandidate,
} from '../../src/inference/select-proposals';

/**
 * Why the inference missed a stated link or proposed one the table does not state: a breakdown of
 * one half's mistakes by cause, for working on the largest first. Only ever given the tuning half.
 */
export type MissCause =
  | 'no candidate in the window'
  | 'lost to another act of the same state'
  | 'date precision'
  | 'outside cause'
  | 'kind pairing scored low'
  | 'below threshold'
  | 'same-day direction';

export type WrongCause =
  | 'another act of the same state than the stated one'
  | 'the reverse of a stated link'
  | 'an answer the table links to another state only'
  | 'a measure the table states as no answer';

export interface Mistake<Cause> {
  link: string;
  cause: Cause;
  detail: string;
}

export interface MistakeBreakdown {
  missed: Mistake<MissCause>[];
  wrong: Mistake<WrongCause>[];
}

const linkOf = (candidate: { answerId: string; actId: string }) =>
  `${candidate.answerId}->${candidate.actId}`;

/** Every candidate of the graph before any is proposed (a proposed pair is no candidate afterwards). */
export async function allCandidates(
  repository: InferenceRepository,
  windowDays: number,
  page: number,
): Promise<Candidate[]> {
  const candidates: Candidate[] = [];
  for (let after = ''; ;) {
    const ids = await repository.answerIds([...RETALIATORY_TYPES], { after, from: null, to: null }, page);
    if (ids.length === 0) return candidates;
    candidates.push(
      ...(await repository.candidates([...RETALIATORY_TYPES], [...ANSWERING_TYPES], windowDays, ids)),
    );
    after = ids[ids.length - 1]!;
  }
}

function missCause(
  link: string,
  raw: Map<string, Candidate>,
  scored: Map<string, ScoredCandidate>,
  kept: Set<string>,
  minScore: number,
): { cause: MissCause; detail: string } {
  const candidate = raw.get(link);
  if (!candidate) return { cause: 'no candidate in the window', detail: '' };
  const best = scored.get(link);
  if (!best) {
    const winner = [...scored.values()].find(
      (other) =>
        other.answerId === candidate.answerId && other.provokers.join() === candidate.provokers.join(),
    );
    return {
      cause: 'lost to another act of the same state',
      detail: winner ? `to ${winner.actId} ${winner.score} ${winner.reasons.join('; ')}` : '',
    };
  }
  const detail = `${best.score} ${best.reasons.join('; ')}`;
  if (best.score >= minScore && !kept.has(link)) return { cause: 'same-day direction', detail };
  if (best.reasons.some((reason) => reason.startsWith('dates overlap')))
    return { cause: 'date precision', detail };
  if (best.reasons.some((reason) => /result from|stated to result|stated reason is its own/.test(reason)))
    return { cause: 'outside cause', detail };
  if (kindPairing(best.actType, best.answerType).value < 0.5)
    return { cause: 'kind pairing scored low', detail };
  return { cause: 'below threshold', detail };
}

function wrongCause(
  proposal: ScoredCandidate,
  stated: Set<string>,
  statedOf: Map<string, string[]>,
): WrongCause {
  if (stated.has(`${proposal.actId}->${proposal.answerId}`)) return 'the reverse of a stated link';
  const acts = statedOf.get(proposal.answerId) ?? [];
  if (acts.length === 0) return 'a measure the table states as no answer';
  return 'another act of the same state than the stated one';
}

/**
 * The mistakes among the links `inHalf` accepts, each with its cause: the candidates are scored and
 * chosen again here exactly as the service does, so that a missed link shows where it was lost.
 */
export function mistakeBreakdown(
  candidates: Candidate[],
  minScore: number,
  statedLinks: string[],
  inHalf: (link: string) => boolean,
  options: ScoringOptions,
): MistakeBreakdown {
  const stated = new Set(statedLinks);
  const raw = new Map(candidates.map((candidate) => [linkOf(candidate), candidate]));
  const best = bestPerProvoker(candidates, options);
  const scored = new Map(best.map((candidate) => [linkOf(candidate), candidate]));
  const proposals = oneDirectionPerPair(best.filter((candidate) => candidate.score >= minScore));
  const kept = new Set(proposals.map(linkOf));
  const statedOf = new Map<string, string[]>();
  for (const link of statedLinks) {
    const [answer, act] = link.split('->') as [string, string];
    statedOf.set(answer, [...(statedOf.get(answer) ?? []), act]);
  }
  const missed = statedLinks
    .filter((link) => inHalf(link) && !kept.has(link))
    .map((link) => ({ link, ...missCause(link, raw, scored, kept, minScore) }));
  const wrong = proposals
    .filter((proposal) => inHalf(linkOf(proposal)) && !stated.has(linkOf(proposal)))
    .map((proposal) => {
      const cause = wrongCause(proposal, stated, statedOf);
      const sameState = (statedOf.get(proposal.answerId) ?? []).some((act) => {
        const other = raw.get(`${proposal.answerId}->${act}`);
        return other !== undefined && other.provokers.join() === proposal.provokers.join();
      });
      return {
        link: linkOf(proposal),
        cause:
          cause === 'another act of the same state than the stated one' && !sameState
            ? ('an answer the table links to another state only' as const)
            : cause,
        detail: `${proposal.score} ${proposal.reasons.join('; ')}`,
      };
    });
  return { missed, wrong };
}

/** The breakdown as text: each cause with its count, largest first, then its mistakes. */
export function describeBreakdown({ missed, wrong }: MistakeBreakdown): string {
  const section = <Cause extends string>(title: string, mistakes: Mistake<Cause>[]) => {
    const byCause = new Map<Cause, Mistake<Cause>[]>();
    for (const mistake of mistakes)
      byCause.set(mistake.cause, [...(byCause.get(mistake.cause) ?? []), mistake]);
    const causes = [...byCause.entries()].sort((a, b) => b[1].length - a[1].length);
    return [
      `${title} (${mistakes.length}):`,
      ...causes.flatMap(([cause, list]) => [
        `  ${cause}: ${list.length}`,
        ...list.map((mistake) => `    ${mistake.link}${mistake.detail ? ` ${mistake.detail}` : ''}`),
      ]),
    ].join('\n');
  };
  return `${section('tuning half, stated but not proposed', missed)}\n${section('tuning half, proposed but not stated', wrong)}`;
}
