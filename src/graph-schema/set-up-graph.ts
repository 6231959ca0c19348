import type { Executor } from '../db/executor';
import { DyadRepository } from './dyad.repository';
import { EventCodingRepository } from './event-coding.repository';
import { GraphSchemaRepository } from './graph-schema.repository';
import { OwnershipRepository } from './ownership.repository';
import type { Logger } from '../logger';
import { ReferenceRepository } from '../reference/reference.repository';

/**
 * Constraints, indexes and the reference states: what every graph needs before any report; then
 * stored events that took a since-corrected default coding are corrected, and claims stored before
 * they named their report are given it, and a graph with events but no dyads gets them.
 */
export async function setUpGraph(executor: Executor, logger: Logger): Promise<void> {
  const statements = await new GraphSchemaRepository(executor).apply();
  const states = await new ReferenceRepository(executor).upsertStates();
  const recoded = await new EventCodingRepository(executor).correctDefaults();
  const owned = await new OwnershipRepository(executor).ownUnowned();
  const dyadsDerived = await new DyadRepository(executor).deriveWhereMissing();
  logger.info(
    { statements, states, recoded, owned, dyadsDerived },
    'graph schema and reference states in place',
  );
}
