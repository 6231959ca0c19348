import type { ChainRequest, ChainService } from '../chains/chain.service';
import type { GraphOutputRepository } from './graph-output.repository';
import type { Subgraph } from './subgraph.type';
import { toGraphNode, toSubgraph } from './to-subgraph';

/** Relationships a subgraph may follow; clients choose among these, never beyond. */
export const DRAWABLE_RELATIONS = [
  'INITIATED_BY',
  'TARGETED',
  'EXPELLED',
  'PARTICIPATED_IN',
  'RETALIATED_AGAINST',
  'INFERRED_RETALIATION',
  'RESULTED_FROM',
  'PART_OF',
  'BELONGS_TO',
  'ACCREDITED_TO',
  'HOLDS_ROLE',
  'MEMBER_OF',
  'NATIONAL_OF',
  'REPORTED_BY',
  'PUBLISHED_BY',
  'CITES',
] as const;

export const NODE_TYPES = ['State', 'Organization', 'Person', 'Group', 'Event', 'Source'] as const;

export interface SubgraphRequest {
  ids: string[];
  depth: number;
  maxNodes: number;
  relationTypes?: string[] | undefined;
  nodeTypes?: string[] | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

function days(range: { min: number | null; max: number | null }): string {
  if (range.min === null && range.max === null) return 'lag unknown';
  if (range.min === range.max) return `${range.min} d`;
  return `${range.min ?? '?'}–${range.max ?? '?'} d`;
}

export class GraphOutputService {
  constructor(
    private readonly repository: GraphOutputRepository,
    private readonly chains: ChainService,
  ) {}

  async subgraph(request: SubgraphRequest): Promise<Subgraph> {
    const { nodes, edges } = await this.repository.subgraph({
      ids: request.ids,
      depth: request.depth,
      maxNodes: request.maxNodes + 1,
      relationTypes: (request.relationTypes ?? [...DRAWABLE_RELATIONS]).filter((type) =>
        (DRAWABLE_RELATIONS as readonly string[]).includes(type),
      ),
      nodeLabels: request.nodeTypes ?? null,
      from: request.from ?? null,
      to: request.to ?? null,
    });
    return toSubgraph(nodes, edges, request.maxNodes);
  }

  /** A chain as a drawable graph: its events, and its links captioned with lag and proportion. */
  async chainGraph(request: ChainRequest): Promise<Subgraph | null> {
    const found = await this.chains.around(request);
    if (!found) return null;
    const { chain, eventRows } = found;
    const sides = new Map(chain.steps.map((step) => [step.event.id, step.actorStates]));
    return {
      nodes: eventRows.map((row) => {
        const node = toGraphNode(row);
        return { ...node, properties: { ...node.properties, side: sides.get(node.id)?.join(', ') ?? '' } };
      }),
      edges: chain.links.map((link) => ({
        id: link.link.id,
        source: link.link.fromId,
        target: link.link.toId,
        type: link.proposed ? 'INFERRED_RETALIATION' : 'RETALIATED_AGAINST',
        label: `${days(link.lagDays)} · ${link.proportion.kind.toLowerCase().replace('_', '-')}${
          link.proportion.answered !== null && link.proportion.provoked !== null
            ? ` ${link.proportion.answered}/${link.proportion.provoked}`
            : ''
        }`,
        properties: {
          basis: link.link.basis,
          confidence: link.link.confidence,
          proposed: link.proposed,
          lagMinDays: link.lagDays.min,
          lagMaxDays: link.lagDays.max,
          proportion: link.proportion.kind,
          answered: link.proportion.answered,
          provoked: link.proportion.provoked,
        },
      })),
      truncated: chain.truncated,
    };
  }
}
