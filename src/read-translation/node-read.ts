import { cypherFile } from '../db/cypher-file';
import type { Row } from '../graph/graph-read.repository';
import type { GraphQLContext } from '../graph/request-context';
import { primeRows, type TranslatedRow } from './prime-loaders';
import type { ReadPlan } from './read-plan';
import { TranslatableRead } from './translated-read';

const NODES_BY_ID = new TranslatableRead(cypherFile('graph/nodes-by-id.cypher'), 'n', 'column', {
  narrowsRow: true,
});

/**
 * A node by id with what the request reads below it, in one statement. With nothing to read below
 * it, the node loader reads it, batched with the other nodes asked for at the same level.
 */
export async function nodeById(context: GraphQLContext, id: string, plan: ReadPlan): Promise<Row | null> {
  if (plan.reads.size === 0) return context.loaders.nodes.load(id);
  const { query, params } = NODES_BY_ID.statement(plan);
  const rows = await context.graphReads.records(query, {
    ids: [id],
    admin: context.loaders.admin,
    ...params,
  });
  return primeRows(context.loaders, plan, rows as unknown as TranslatedRow[])[0] ?? null;
}
