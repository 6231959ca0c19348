import type { Principal } from '../auth/principal';
import type { InferenceConfig } from '../config';
import { RetaliationChangeKind } from '../realtime/change.types';
import { TOPICS, type ChangePubSub } from '../realtime/pubsub';
import { canonicalHash } from '../domain/canonical-hash';
import { RetaliationBasis } from '../domain/vocabulary';
import type { InferenceRepository, NewProposal } from './inference.repository';
import { toProposal, type RetaliationProposal } from './proposal.type';
import { ANSWERING_TYPES, RETALIATORY_TYPES } from './kind-pairing';
import { LEARNED_MODEL } from './learned-scorer';
import { bestPerProvoker, oneDirectionPerPair } from './select-proposals';
import type { Candidate } from './score-candidate';
import { InvalidInputError, NotFoundError } from '../domain/errors';

export interface InferenceOptions {
  windowDays?: number;
  minScore?: number;
}

/** A run over the whole graph, or over the answers dated in a period. */
export interface GraphInferenceOptions extends InferenceOptions {
  /** Answers dated on or after this day (YYYY-MM-DD). */
  from?: string;
  /** Answers dated on or before this day (YYYY-MM-DD). */
  to?: string;
  /** Called after each page of answers with how many were read. */
  onProgress?: (answersRead: number) => void;
}

/** A run over measures just written (imported, created or changed) and those that may answer them. */
export interface WrittenInferenceOptions extends InferenceOptions {
  /** Called after each page of answers with how many were read. */
  onProgress?: (answersRead: number) => void;
}

/** What a run over written measures examined and proposed. */
export interface WrittenInference {
  /** The written measures and the measures already in the graph that may answer one of them. */
  answersExamined: number;
  /** The new proposals, best score first. */
  proposals: RetaliationProposal[];
}

/** Most answers one request may name: each one's candidates are read in the request. */
export const MAX_INFERENCE_ANSWERS = 200;

/** Proposals one statement stores. */
const SAVE_BATCH = 5_000;

export const proposalId = (answerId: string, actId: string) =>
  `rel:inferred-${canonicalHash([answerId, actId], 20)}`;

const byScore = (a: RetaliationProposal, b: RetaliationProposal) =>
  b.score - a.score || a.id.localeCompare(b.id);

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

  /**
   * The new proposals for these answers (at most MAX_INFERENCE_ANSWERS events, each of which must
   * exist), best score first.
   */
  async infer(
    eventIds: readonly string[],
    options: InferenceOptions,
    principal: Principal | null,
  ): Promise<RetaliationProposal[]> {
    const ids = [...new Set(eventIds)];
    if (ids.length === 0 || ids.length > MAX_INFERENCE_ANSWERS)
      throw new InvalidInputError(
        [{ path: 'answerIds', message: `name 1 to ${MAX_INFERENCE_ANSWERS} events (${ids.length} given)` }],
        'answerIds',
      );
    const known = await this.repository.eventIds(ids);
    const unknown = eventIds.flatMap((id, index) => (known.has(id) ? [] : [index]));
    if (unknown.length > 0)
      throw new NotFoundError(
        `No event ${eventIds[unknown[0]!]}`,
        unknown.map((index) => ({ path: `answerIds[${index}]`, message: `no event ${eventIds[index]}` })),
      );
    const { windowDays, minScore } = this.settings(options);
    return this.propose(await this.candidates(windowDays, ids), windowDays, minScore, principal);
  }

  /**
   * The new proposals for every answer of the graph (or of a period), read a page of answers at a
   * time so that no one statement holds the whole graph's pairs; chosen over all candidates at once,
   * so that the direction kept between two measures does not depend on the paging. For the command
   * line and the benchmark, never for a request.
   */
  async inferAll(
    options: GraphInferenceOptions,
    principal: Principal | null,
  ): Promise<RetaliationProposal[]> {
    const { windowDays, minScore } = this.settings(options);
    const candidates: Candidate[] = [];
    let answersRead = 0;
    for (let after = ''; ;) {
      const page = await this.repository.answerIds(
        [...RETALIATORY_TYPES],
        { after, from: options.from ?? null, to: options.to ?? null },
        this.answerPage,
      );
      if (page.length === 0) break;
      candidates.push(...(await this.candidates(windowDays, page, answersRead === 0)));
      answersRead += page.length;
      options.onProgress?.(answersRead);
      after = page[page.length - 1]!;
    }
    return this.propose(candidates, windowDays, minScore, principal);
  }

  /**
   * The new proposals for measures just written: each as an answer, and as an act of the measures
   * already in the graph that may answer it within the window (an imported act may be answered by
   * a stored measure). Both are read a page at a time and the proposals chosen over all candidates
   * at once, as in inferAll. For the command line, never for a request.
   */
  async inferWritten(
    eventIds: readonly string[],
    options: WrittenInferenceOptions,
    principal: Principal | null,
  ): Promise<WrittenInference> {
    if (eventIds.length === 0) return { answersExamined: 0, proposals: [] };
    const { windowDays, minScore } = this.settings(options);
    const types = [...RETALIATORY_TYPES];
    const answers = new Set(eventIds);
    const spanDays = await this.repository.longestDateSpan(types);
    for (let start = 0; start < eventIds.length; start += this.answerPage) {
      const acts = eventIds.slice(start, start + this.answerPage);
      for (const id of await this.repository.answersAfterActs(types, windowDays, spanDays, acts))
        answers.add(id);
    }
    const answerIds = [...answers].sort();
    const candidates: Candidate[] = [];
    for (let start = 0; start < answerIds.length; start += this.answerPage) {
      const page = answerIds.slice(start, start + this.answerPage);
      candidates.push(...(await this.candidates(windowDays, page, start === 0)));
      options.onProgress?.(start + page.length);
    }
    return {
      answersExamined: answerIds.length,
      proposals: await this.propose(candidates, windowDays, minScore, principal),
    };
  }

  private settings(options: InferenceOptions): Required<InferenceOptions> {
    return {
      windowDays: options.windowDays ?? this.defaults.windowDays,
      minScore: options.minScore ?? this.model()?.threshold ?? this.defaults.minScore,
    };
  }

  /** The learned model when the configuration asks for it; the hand rules otherwise. */
  private model() {
    return this.defaults.scorer === 'learned' ? LEARNED_MODEL : null;
  }

  private candidates(windowDays: number, answerIds: string[], replan = false): Promise<Candidate[]> {
    return this.repository.candidates(
      [...RETALIATORY_TYPES],
      [...ANSWERING_TYPES],
      windowDays,
      answerIds,
      replan,
    );
  }

  private async propose(
    candidates: Candidate[],
    windowDays: number,
    minScore: number,
    principal: Principal | null,
  ): Promise<RetaliationProposal[]> {
    const scoring = { addressWording: this.defaults.sourceAddressWording ?? true, model: this.model() };
    const proposals: NewProposal[] = oneDirectionPerPair(
      bestPerProvoker(candidates, scoring).filter((candidate) => candidate.score >= minScore),
    ).map((candidate) => ({
      id: proposalId(candidate.answerId, candidate.actId),
      answerId: candidate.answerId,
      actId: candidate.actId,
      score: candidate.score,
      reasons: candidate.reasons,
    }));
    for (let start = 0; start < proposals.length; start += SAVE_BATCH)
      await this.repository.save(proposals.slice(start, start + SAVE_BATCH), windowDays);
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
    return saved.sort(byScore);
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
