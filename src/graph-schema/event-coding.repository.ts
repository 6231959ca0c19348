import { cypherFile } from '../db/cypher-file';
import type { Executor } from '../db/executor';
import { CODING_CORRECTIONS } from '../domain/event-coding';

const CORRECT_EVENT_CODING = cypherFile('graph-schema/correct-event-coding.cypher');

export class EventCodingRepository {
  constructor(private readonly executor: Executor) {}

  /** Gives stored events the corrected defaults of CODING_CORRECTIONS; idempotent. Returns how many changed. */
  async correctDefaults(): Promise<number> {
    const { records } = await this.executor.write(CORRECT_EVENT_CODING, {
      corrections: CODING_CORRECTIONS.map((correction) => ({ ...correction })),
    });
    return Number(records[0]?.get('corrected') ?? 0);
  }
}
