// Expanding a node in place: its neighbours (actors, sources, linked measures) from the subgraph
// query, laid on a ring around it; nothing already drawn moves.
import { gql } from './api.js';
import { bounds } from './dates.js';
import { focus, NODE_SHAPES, TYPE_COLOURS } from './graph-style.js';

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

/** Room for one node and its label: SPACING high and WIDE times as wide. */
const SPACING = 72;
const WIDE = 2.3;

/** count places on oval rings around centre, each with room from every node already drawn. */
function freeSpots(cy, centre, count) {
  const taken = cy.nodes(':childless').map((node) => node.position());
  const free = (spot) =>
    taken.every((other) => Math.hypot((other.x - spot.x) / WIDE, other.y - spot.y) >= SPACING);
  const spots = [];
  for (let ring = 1; spots.length < count && ring < 40; ring += 1) {
    const radius = 40 + ring * SPACING;
    const slots = Math.floor((2 * Math.PI * radius) / SPACING);
    for (let slot = 0; slot < slots && spots.length < count; slot += 1) {
      const angle = (2 * Math.PI * slot) / slots - Math.PI / 2;
      const spot = { x: centre.x + WIDE * radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
      if (!free(spot)) continue;
      spots.push(spot);
      taken.push(spot);
    }
  }
  while (spots.length < count) spots.push({ x: centre.x, y: centre.y + 40 * (40 + spots.length) });
  return spots;
}

/** Adds the neighbours of node id to cy; returns { added, truncated }. */
export async function expandNode(cy, id) {
  const { subgraph } = await gql(NEIGHBOURS, { id, max: EXPAND_LIMIT });
  const centre = cy.getElementById(id);
  if (centre.empty()) return { added: 0, truncated: subgraph.truncated };
  const fresh = subgraph.nodes.filter((node) => cy.getElementById(node.id).empty());
  const spots = freeSpots(cy, centre.position(), fresh.length);
  cy.batch(() => {
    fresh.forEach((node, index) => {
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
        position: spots[index],
      });
    });
    for (const edge of subgraph.edges) {
      if (!cy.getElementById(edge.id).empty()) continue;
      if (cy.getElementById(edge.source).empty() || cy.getElementById(edge.target).empty()) continue;
      const parallel = cy.getElementById(edge.source).edgesTo(cy.getElementById(edge.target));
      if (parallel.nonempty()) continue;
      cy.add({
        group: 'edges',
        data: {
          id: edge.id,
          source: edge.source,
          target: edge.target,
          label: edge.label || edge.type.toLowerCase(),
        },
        classes: 'neighbour',
      });
    }
  });
  focus(cy, centre.union(cy.collection(fresh.map((node) => cy.getElementById(node.id)))));
  return { added: fresh.length, truncated: subgraph.truncated };
}
