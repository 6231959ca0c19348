// Expanding a node in place: its neighbours (actors, sources, linked measures) from the subgraph
// query, laid on a ring around it; nothing already drawn moves.
import { gql } from './api.js';
import { bounds } from './dates.js';
import { NODE_SHAPES, TYPE_COLOURS } from './graph-style.js';

/** As many neighbours as one expansion draws; the API caps a subgraph at 500. */
export const EXPAND_LIMIT = 60;

const NEIGHBOURS = `query Neighbours($id: ID!, $max: Int!) {
  subgraph(ids: [$id], depth: 1, maxNodes: $max) {
    truncated
    nodes { id label type properties }
    edges { id source target type label }
  }
}`;

const EVENT_COLOUR = '#64748b';

function eventDay(properties) {
  const { earliest, latest } = bounds({ earliest: properties.dateEarliest, latest: properties.dateLatest });
  return { day: earliest ?? latest, earliest, latest };
}

/** Adds the neighbours of node id to cy; returns { added, truncated }. */
export async function expandNode(cy, id) {
  const { subgraph } = await gql(NEIGHBOURS, { id, max: EXPAND_LIMIT });
  const centre = cy.getElementById(id);
  if (centre.empty()) return { added: 0, truncated: subgraph.truncated };
  const fresh = subgraph.nodes.filter((node) => cy.getElementById(node.id).empty());
  const { x, y } = centre.position();
  const radius = 150 + fresh.length * 6;
  cy.batch(() => {
    fresh.forEach((node, index) => {
      const angle = (2 * Math.PI * index) / Math.max(1, fresh.length) - Math.PI / 2;
      cy.add({
        group: 'nodes',
        data: {
          id: node.id,
          type: node.type,
          shape: NODE_SHAPES[node.type] ?? 'ellipse',
          colour: TYPE_COLOURS[node.type] ?? EVENT_COLOUR,
          label: node.label.length > 48 ? `${node.label.slice(0, 47)}…` : node.label,
          expandedFrom: id,
          ...(node.type === 'Event' ? eventDay(node.properties) : {}),
          properties: node.properties,
        },
        position: { x: x + radius * Math.cos(angle), y: y + radius * Math.sin(angle) },
      });
    });
    for (const edge of subgraph.edges) {
      if (!cy.getElementById(edge.id).empty()) continue;
      if (cy.getElementById(edge.source).empty() || cy.getElementById(edge.target).empty()) continue;
      const parallel = cy.getElementById(edge.source).edgesTo(cy.getElementById(edge.target));
      if (parallel.nonempty()) continue;
      cy.add({
        group: 'edges',
        data: { id: edge.id, source: edge.source, target: edge.target, label: edge.label || edge.type.toLowerCase() },
        classes: 'neighbour',
      });
    }
  });
  return { added: fresh.length, truncated: subgraph.truncated };
}
