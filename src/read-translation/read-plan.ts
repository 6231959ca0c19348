import type { Direction } from '../graph/graph-read.repository';
import type { RowProperties } from './row-properties';

/**
 * What one request reads below a node, as the request's loaders would read it: each entry is one
 * loader (its key is the loader's key), each with what is read below the nodes it returns.
 * Entries are kept sorted by key, so the same selection always gives the same reads and text.
 */
export type Reads = ReadonlyMap<string, Read>;

/** Neighbours through one relationship type, at most `limit`; `rel` reads below the relationship (its claims). */
export interface NeighbourRead {
  kind: 'neighbours';
  direction: Direction;
  type: string;
  limit: number;
  node: Reads;
  rel: Reads;
}

/** At most `limit` claims about the node (or relationship), each with its source and what is read below it. */
export interface ClaimRead {
  kind: 'claims';
  limit: number;
  source: Reads;
}

export type Read = NeighbourRead | ClaimRead;

/**
 * What a translated statement reads: `reads` below each node it returns, and the properties of
 * every node and relationship row it returns (see row-properties.ts); null for all of them.
 */
export interface ReadPlan {
  reads: Reads;
  properties: RowProperties | null;
}

export const NO_READS: Reads = new Map();

/** Nothing read below the nodes, every property read: the statement is its file as it is. */
export const EMPTY_PLAN: ReadPlan = { reads: NO_READS, properties: null };

/** The key of the loader that answers this read (see GraphLoaders). */
export function loaderKey(read: Read): string {
  return read.kind === 'claims' ? `claims:${read.limit}` : `${read.direction}:${read.type}:${read.limit}`;
}

/** Both in one: reads of the same loader are merged, with what lies below them. */
export function mergeReads(a: Reads, b: Reads): Reads {
  if (b.size === 0) return a;
  if (a.size === 0) return b;
  const merged = new Map(a);
  for (const [key, read] of b) {
    const known = merged.get(key);
    merged.set(key, known ? mergeRead(known, read) : read);
  }
  return sorted(merged);
}

function mergeRead(a: Read, b: Read): Read {
  if (a.kind === 'claims' && b.kind === 'claims') return { ...a, source: mergeReads(a.source, b.source) };
  if (a.kind === 'neighbours' && b.kind === 'neighbours')
    return { ...a, node: mergeReads(a.node, b.node), rel: mergeReads(a.rel, b.rel) };
  return a;
}

export function readsOf(list: Read[]): Reads {
  return list.reduce<Reads>((reads, read) => mergeReads(reads, new Map([[loaderKey(read), read]])), NO_READS);
}

function sorted(reads: Map<string, Read>): Reads {
  return new Map([...reads].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
