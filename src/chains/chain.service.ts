import type { Row } from '../graph/graph-read.repository';
import { EMPTY_PLAN, type ReadPlan } from '../read-translation/read-plan';
import { buildChain } from './chain.builder';
import type { ChainCaps, ChainRepository } from './chain.repository';
import { ChainScope, type Chain, type ChainOrder } from './chain.type';

export interface ChainRequest extends ChainCaps {
  eventId: string;
  depth: number;
  scope: ChainScope;
  includeProposed: boolean;
}

/** Two states' measures in a period, both ways. */
export interface DyadRequest extends ChainCaps {
  a: string;
  b: string;
  from?: string | undefined;
  to?: string | undefined;
  includeProposed: boolean;
}

export interface FoundChain {
  chain: Chain;
  /** The stored events of the chain, for outputs that show their properties. */
  eventRows: Row[];
}

/** Chains read and measured: the one path from a request to a built chain, for GraphQL, graphs and exports. */
export class ChainService {
  constructor(private readonly repository: ChainRepository) {}

  /** Null when there is no such event. `plan`: what the request reads below each event, in the same statement. */
  async around(request: ChainRequest, plan: ReadPlan = EMPTY_PLAN): Promise<FoundChain | null> {
    const rows = await this.repository.around(
      request.eventId,
      request.depth,
      request.scope === ChainScope.COMPONENT,
      request.includeProposed,
      { maxEvents: request.maxEvents, maxLinks: request.maxLinks },
      plan,
    );
    return rows ? { chain: buildChain(rows), eventRows: rows.events } : null;
  }

  async dyad(request: DyadRequest, plan: ReadPlan = EMPTY_PLAN): Promise<FoundChain> {
    const { a, b, from, to, includeProposed, ...caps } = request;
    const rows = await this.repository.dyad(a, b, from ?? null, to ?? null, includeProposed, caps, plan);
    return { chain: buildChain(rows), eventRows: rows.events };
  }

  async longest(orderBy: ChainOrder, limit: number): Promise<Chain[]> {
    return (await this.repository.longest(orderBy, limit)).map(buildChain);
  }
}
