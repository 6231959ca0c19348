import { cypherFile } from '../db/cypher-file';
import type { Executor } from '../db/executor';
import { STATES } from './state-reference';

const UPSERT_STATES = cypherFile('reference/upsert-states.cypher');

export class ReferenceRepository {
  constructor(private readonly executor: Executor) {}

  /** Writes every ISO 3166-1 state; idempotent. */
  async upsertStates(): Promise<number> {
    await this.executor.write(UPSERT_STATES, { states: STATES });
    return STATES.length;
  }
}
