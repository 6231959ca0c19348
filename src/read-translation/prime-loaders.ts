import type { GraphLoaders } from '../graph/graph-loaders';
import type { Neighbour, Row } from '../graph/graph-read.repository';
import type { ReadPlan, Reads } from './read-plan';

type Fetched = Record<string, unknown> | null | undefined;

/** A row of a translated statement: the node, and what was read below it. */
export interface TranslatedRow {
  node: Row;
  fetched?: Fetched;
}

/**
 * Hands what a translated statement read to the request's loaders, under the keys their resolvers
 * ask for, so that those resolvers send nothing more. `fetched` holds one entry per read, in
 * their order (r0, r1, …), as read-cypher.ts builds it.
 */
function primeLoaders(loaders: GraphLoaders, reads: Reads, id: string, fetched: Fetched): void {
  if (!fetched) return;
  [...reads.values()].forEach((read, position) => {
    const items = fetched[`r${position}`] as Array<Record<string, unknown>> | null | undefined;
    if (!items) return;
    if (read.kind === 'claims') {
      loaders.primeClaims(
        id,
        read.limit,
        items.map(({ node, rel, source }) => ({ node, rel, source }) as Neighbour & { source: Row }),
      );
      for (const item of items)
        primeLoaders(loaders, read.source, idOf(item['source']), item['fetched'] as Fetched);
      return;
    }
    loaders.primeNeighbours(
      read.direction,
      read.type,
      id,
      read.limit,
      items.map(({ node, rel }) => ({ node, rel }) as Neighbour),
    );
    for (const item of items) {
      primeLoaders(loaders, read.node, idOf(item['node']), item['fetched'] as Fetched);
      const relId = (item['rel'] as Row)['id'];
      if (typeof relId === 'string') primeLoaders(loaders, read.rel, relId, item['relFetched'] as Fetched);
    }
  });
}

/** Root rows of a translated statement: each node is known to the node loader, what lies below it to the others. */
export function primeRows(loaders: GraphLoaders, plan: ReadPlan, rows: TranslatedRow[]): Row[] {
  for (const { node, fetched } of rows) {
    loaders.primeNode(node);
    primeLoaders(loaders, plan.reads, idOf(node), fetched);
  }
  return rows.map(({ node }) => node);
}

const idOf = (node: unknown) => (node as Row)['id'] as string;

/** Chain events carry what was read below them inside their row. */
export function primeChainEvents(loaders: GraphLoaders, plan: ReadPlan, events: Row[]): void {
  primeRows(
    loaders,
    plan,
    events.map(({ fetched, ...node }) => ({ node, fetched: fetched as Fetched })),
  );
}
