import neo4j from 'neo4j-driver';
import { cypherFile } from '../db/cypher-file';
import type { Executor } from '../db/executor';
import { toPlain } from '../db/to-plain';
import type { Row } from '../graph/graph-read.repository';
import type { Candidate } from './score-candidate';

const CANDIDATES = cypherFile('inference/candidates.cypher');
/**
 * The same, planned again: a plan cached while the graph was small (or empty) stays in the cache
 * after a big import until the index statistics catch up, and reads each answer's candidates by
 * scanning (measured: 76 s instead of about 2 s for 10,000 measures just imported).
 */
const CANDIDATES_REPLANNED = { ...CANDIDATES, text: `CYPHER replan=force\n${CANDIDATES.text}` };
const ANSWER_IDS = cypherFile('inference/answer-ids.cypher');
const EVENT_IDS = cypherFile('inference/event-ids.cypher');
const ANSWERS_AFTER_ACTS = cypherFile('inference/answers-after-acts.cypher');
const LONGEST_DATE_SPAN = cypherFile('inference/longest-date-span.cypher');
const SAVE_PROPOSALS = cypherFile('inference/save-proposals.cypher');
const DECIDE = cypherFile('inference/decide-proposal.cypher');
const LIST = cypherFile('inference/list-proposals.cypher');
const COUNT = cypherFile('inference/count-proposals.cypher');

/** Source addresses read per answer: a measure has one or a few sources. */
const MAX_SOURCE_ADDRESSES = 10;

export interface NewProposal {
  id: string;
  answerId: string;
  actId: string;
  score: number;
  reasons: string[];
}

export interface AnswerPage {
  after: string;
  from: string | null;
  to: string | null;
}

export class InferenceRepository {
  constructor(private readonly executor: Executor) {}

  async candidates(
    types: string[],
    answeringTypes: string[],
    windowDays: number,
    eventIds: string[],
    /** Plan the statement again first: for the first page of a run over many answers. */
    replan = false,
  ): Promise<Candidate[]> {
    const { records } = await this.executor.read(replan ? CANDIDATES_REPLANNED : CANDIDATES, {
      types,
      answeringTypes,
      windowDays: neo4j.int(windowDays),
      eventIds,
      maxAddresses: neo4j.int(MAX_SOURCE_ADDRESSES),
    });
    return records.map((record) => toPlain(record.toObject()) as Candidate);
  }

  /**
   * Ids of the measures of these types that may answer another, after `after` in id order, dated
   * within the period when one is given.
   */
  async answerIds(types: string[], page: AnswerPage, limit: number): Promise<string[]> {
    const { records } = await this.executor.read(ANSWER_IDS, { types, ...page, limit: neo4j.int(limit) });
    return records.map((record) => record.get('id') as string);
  }

  /**
   * Ids of the measures of these types that may answer one of `actIds` within the window; answers
   * begin at most `spanDays` before their act.
   */
  async answersAfterActs(
    types: string[],
    windowDays: number,
    spanDays: number,
    actIds: string[],
  ): Promise<string[]> {
    const { records } = await this.executor.read(ANSWERS_AFTER_ACTS, {
      types,
      windowDays: neo4j.int(windowDays),
      spanDays: neo4j.int(spanDays),
      actIds,
    });
    return records.map((record) => record.get('id') as string);
  }

  /** The most days between the earliest and the latest date of one measure of these types. */
  async longestDateSpan(types: string[]): Promise<number> {
    const { records } = await this.executor.read(LONGEST_DATE_SPAN, { types });
    return toPlain(records[0]?.get('days')) as number;
  }

  /** Those of the ids that name an event. */
  async eventIds(ids: string[]): Promise<Set<string>> {
    const { records } = await this.executor.read(EVENT_IDS, { ids });
    return new Set(records.map((record) => record.get('id') as string));
  }

  async save(proposals: NewProposal[], windowDays: number): Promise<void> {
    if (proposals.length === 0) return;
    await this.executor.write(SAVE_PROPOSALS, { proposals, windowDays: neo4j.int(windowDays) });
  }

  /** The proposal after the decision, or null when there is no proposal of that id still open. */
  async decide(
    id: string,
    status: 'CONFIRMED' | 'REJECTED',
    by: string,
    note: string | null,
  ): Promise<Row | null> {
    const { records } = await this.executor.write(DECIDE, { id, status, by, note });
    return records[0] ? (toPlain(records[0].get('proposal')) as Row) : null;
  }

  async list(status: string | null, offset: number, limit: number): Promise<Row[]> {
    const { records } = await this.executor.read(LIST, {
      status,
      offset: neo4j.int(offset),
      limit: neo4j.int(limit),
    });
    return records.map((record) => toPlain(record.get('proposal')) as Row);
  }

  async count(status: string | null): Promise<number> {
    const { records } = await this.executor.read(COUNT, { status });
    return toPlain(records[0]?.get('total')) as number;
  }
}
