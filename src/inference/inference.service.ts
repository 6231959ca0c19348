import type { Principal } from '../auth/principal';
import type { InferenceConfig } from '../config';
import { RetaliationChangeKind } from '../realtime/change.types';
import { TOPICS, type ChangePubSub } from '../realtime/pubsub';
import { canonicalHash } from '../domain/canonical-hash';
import { RetaliationBasis } from '../domain/vocabulary';
import type { InferenceRepository, NewProposal } from './inference.repository';
import { toProposal, type RetaliationProposal } from './proposal.type';
import { ANSWERING_TYPES, RETALIATORY_TYPES } from './kind-pairing';
import { bestPerProvoker, oneDirectionPerPair } from './select-proposals';
import type { Candidate } from './score-candidate';
import { NotFoundError } from '../domain/errors';

export interface InferenceRun {
  windowDays: number;
  minScore: number;
  /** Only these answers; all events when absent. */
  eventIds?: string[];
}

export const proposalId = (answerId: string, actId: string) =>
  `rel:inferred-${canonicalHash([answerId, actId], 20)}`;

/**
 * Proposes retaliation links the sources do not state, stored apart (INFERRED_RETALIATION) with
 * their score and reasons until an analyst confirms or rejects them. A rejected pair is never
 * proposed again; a confirmed one becomes a RETALIATED_AGAINST link with basis INFERRED.
 */
export class InferenceService {
  constructor(
    private readonly repository: InferenceRepository,
    private readonly defaults: InferenceConfig,
    private readonly pubSub: ChangePubSub | null,
    /** Answers whose candidates one statement reads in a whole-graph run. */
    private readonly answerPage = 2_000,
  ) {}

  async infer(run: Partial<InferenceRun>, principal: Principal | null): Promise<RetaliationProposal[]> {
    const windowDays = run.windowDays ?? this.defaults.windowDays;
    const minScore = run.minScore ?? this.defaults.minScore;
    const candidates = await this.candidates(windowDays, run.eventIds);
    const proposals: NewProposal[] = oneDirectionPerPair(
      bestPerProvoker(candidates).filter((candidate) => candidate.score >= minScore),
    ).map((candidate) => ({
      id: proposalId(candidate.answerId, candidate.actId),
      answerId: candidate.answerId,
      actId: candidate.actId,
      score: candidate.score,
      reasons: candidate.reasons,
    }));
    await this.repository.save(proposals, windowDays);
    const saved = proposals.map((proposal) =>
      toProposal({
        ...proposal,
        status: 'PROPOSED',
        windowDays,
        from: proposal.answerId,
        to: proposal.actId,
      }),
    );
    for (const proposal of saved) this.announce(RetaliationChangeKind.PROPOSED, proposal, principal);
    return saved;
  }

  /**
   * The candidates of the answers named, or of every answer in the graph read a page of answers at a
   * time, so that no one statement has to hold the whole graph's pairs.
   */
  private async candidates(windowDays: number, eventIds: string[] | undefined): Promise<Candidate[]> {
    const read = (ids: string[]) =>
      this.repository.candidates([...RETALIATORY_TYPES], [...ANSWERING_TYPES], windowDays, ids);
    if (eventIds) return read(eventIds);
    const candidates: Candidate[] = [];
    for (let after = ''; ;) {
      const page = await this.repository.answerIds([...RETALIATORY_TYPES], after, this.answerPage);
      if (page.length === 0) return candidates;
      candidates.push(...(await read(page)));
      after = page[page.length - 1]!;
    }
  }

  async decide(
    id: string,
    confirm: boolean,
    principal: Principal,
    note: string | null,
  ): Promise<RetaliationProposal> {
    const row = await this.repository.decide(id, confirm ? 'CONFIRMED' : 'REJECTED', principal.subject, note);
    if (!row)
      throw new NotFoundError(`No open proposal ${id}`, [
        { path: 'id', message: 'no proposal of this id is waiting for a decision' },
      ]);
    const proposal = toProposal(row);
    this.announce(
      confirm ? RetaliationChangeKind.CONFIRMED : RetaliationChangeKind.REJECTED,
      proposal,
      principal,
    );
    return proposal;
  }

  private announce(
    kind: RetaliationChangeKind,
    proposal: RetaliationProposal,
    principal: Principal | null,
  ): void {
    this.pubSub?.publish(TOPICS.RETALIATION_CHANGED, {
      kind,
      linkId: proposal.id,
      fromId: proposal.fromId,
      toId: proposal.toId,
      basis: RetaliationBasis.INFERRED,
      confidence: proposal.score,
      by: principal?.subject ?? 'inference',
      at: new Date().toISOString(),
    });
  }
}
