import type { Executor } from '../db/executor';
import { GraphSchemaRepository } from './graph-schema.repository';
import type { Logger } from '../logger';
import { ReferenceRepository } from '../reference/reference.repository';

/** Constraints, indexes and the reference states: what every graph needs before any report. */
export async function setUpGraph(executor: Executor, logger: Logger): Promise<void> {
  const statements = await new GraphSchemaRepository(executor).apply();
  const states = await new ReferenceRepository(executor).upsertStates();
  logger.info({ statements, states }, 'graph schema and reference states in place');
}
