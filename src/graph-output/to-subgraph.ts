import type { Row } from '../graph/graph-read.repository';
import type { GraphEdge, GraphNode, Subgraph } from './subgraph.type';

const TYPES = ['State', 'Organization', 'Person', 'Group', 'Event', 'Source'];

export function nodeType(labels: string[]): string {
  return TYPES.find((type) => labels.includes(type)) ?? 'Node';
}

function nodeLabel(row: Row, type: string): string {
  const text = (key: string) => (typeof row[key] === 'string' ? (row[key] as string) : null);
  if (type === 'Event') return `${text('title') ?? row['id']}${text('date') ? ` (${text('date')})` : ''}`;
  return text('name') ?? text('title') ?? text('description') ?? text('url') ?? String(row['id']);
}

/** Edge captions: lag and proportion are computed by chains; here the type and the basis. */
function edgeLabel(type: string, properties: Row): string {
  const role = typeof properties['role'] === 'string' ? `: ${properties['role'] as string}` : '';
  const basis =
    typeof properties['basis'] === 'string' ? ` (${(properties['basis'] as string).toLowerCase()})` : '';
  return `${type.toLowerCase().replaceAll('_', ' ')}${role}${basis}`;
}

export function toGraphNode(row: Row): GraphNode {
  const { labels, ...properties } = row;
  const type = nodeType((labels as string[] | undefined) ?? []);
  return { id: row['id'] as string, label: nodeLabel(row, type), type, properties };
}

export function toGraphEdge(row: Row): GraphEdge {
  const type = row['type'] as string;
  const properties = (row['properties'] as Row | undefined) ?? {};
  return {
    id: row['id'] as string,
    source: row['source'] as string,
    target: row['target'] as string,
    type,
    label: edgeLabel(type, properties),
    properties,
  };
}

/** `nodes` may hold one more than `maxNodes`: that one only says the neighbourhood was cut. */
export function toSubgraph(nodes: Row[], edges: Row[], maxNodes: number): Subgraph {
  const kept = nodes.slice(0, maxNodes);
  const ids = new Set(kept.map((node) => node['id'] as string));
  return {
    nodes: kept.map(toGraphNode),
    edges: edges
      .filter((edge) => ids.has(edge['source'] as string) && ids.has(edge['target'] as string))
      .map(toGraphEdge),
    truncated: nodes.length > maxNodes,
  };
}
