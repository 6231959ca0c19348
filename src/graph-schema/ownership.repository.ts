import { cypherFile } from '../db/cypher-file';
import type { Executor } from '../db/executor';

const OWN_UNOWNED_CLAIMS = cypherFile('graph-schema/own-unowned-claims.cypher');

export class OwnershipRepository {
  constructor(private readonly executor: Executor) {}

  /** Gives claims and parts stored before ownership their report; idempotent. Returns how many changed. */
  async ownUnowned(): Promise<{ claims: number; parts: number }> {
    const { records } = await this.executor.write(OWN_UNOWNED_CLAIMS);
    return {
      claims: Number(records[0]?.get('claims') ?? 0),
      parts: Number(records[0]?.get('parts') ?? 0),
    };
  }
}
