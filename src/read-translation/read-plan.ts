import type { Direction } from '../graph/graph-read.repository';

/**
 * What one request reads below a node, as the request's loaders would read it: each entry is one
 * loader (its key is the loader's key), each with what is read below the nodes it returns.
 * Entries are kept sorted by key, so the same selection always gives the same plan and text.
 */
export type ReadPlan = ReadonlyMap<string, Read>;

/** Neighbours through one relationship type, at most `limit`; `rel` reads below the relationship (its claims). */
export interface NeighbourRead {
  kind: 'neighbours';
  direction: Direction;
  type: string;
  limit: number;
  node: ReadPlan;
  rel: ReadPlan;
}

/** At most `limit` claims about the node (or relationship), each with its source and what is read below it. */
export interface ClaimRead {
  kind: 'claims';
  limit: number;
  source: ReadPlan;
}

export type Read = NeighbourRead | ClaimRead;

export const EMPTY_PLAN: ReadPlan = new Map();

/** The key of the loader that answers this read (see GraphLoaders). */
export function loaderKey(read: Read): string {
  return read.kind === 'claims' ? `claims:${read.limit}` : `${read.direction}:${read.type}:${read.limit}`;
}

/** Both plans in one: reads of the same loader are merged, with what lies below them. */
export function mergePlans(a: ReadPlan, b: ReadPlan): ReadPlan {
  if (b.size === 0) return a;
  if (a.size === 0) return b;
  const merged = new Map(a);
  for (const [key, read] of b) {
    const known = merged.get(key);
    merged.set(key, known ? mergeReads(known, read) : read);
  }
  return sorted(merged);
}

function mergeReads(a: Read, b: Read): Read {
  if (a.kind === 'claims' && b.kind === 'claims') return { ...a, source: mergePlans(a.source, b.source) };
  if (a.kind === 'neighbours' && b.kind === 'neighbours')
    return { ...a, node: mergePlans(a.node, b.node), rel: mergePlans(a.rel, b.rel) };
  return a;
}

export function planOf(reads: Read[]): ReadPlan {
  return reads.reduce<ReadPlan>(
    (plan, read) => mergePlans(plan, new Map([[loaderKey(read), read]])),
    EMPTY_PLAN,
  );
}

function sorted(plan: Map<string, Read>): ReadPlan {
  return new Map([...plan].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
