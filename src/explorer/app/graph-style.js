// How the explorer draws its graph. Labels keep one readable size and disappear when zoomed out
// (min-zoomed-font-size) rather than shrinking to an unreadable one.
export const NODE_SHAPES = {
  Event: 'ellipse',
  State: 'hexagon',
  Organization: 'round-rectangle',
  Person: 'triangle',
  Group: 'barrel',
  Source: 'rectangle',
};

export const TYPE_COLOURS = {
  State: '#4b5563',
  Organization: '#0f766e',
  Person: '#7c3aed',
  Group: '#a16207',
  Source: '#9ca3af',
};

export const GRAPH_STYLE = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      shape: 'data(shape)',
      label: 'data(label)',
      'text-wrap': 'wrap',
      'text-max-width': '170px',
      'font-size': 14,
      'min-zoomed-font-size': 10,
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-background-color': '#fff',
      'text-background-opacity': 0.8,
      'text-background-padding': '1px',
      width: 22,
      height: 22,
    },
  },
  {
    selector: 'node.span',
    style: {
      shape: 'round-rectangle',
      width: 'data(width)',
      height: 6,
      label: '',
      'background-opacity': 0.3,
      events: 'no',
      'z-compound-depth': 'bottom',
    },
  },
  {
    selector: 'node.span.open',
    style: {
      'background-opacity': 0.15,
      'border-width': 1,
      'border-style': 'dashed',
      'border-color': 'data(colour)',
    },
  },
  {
    selector: ':parent',
    style: {
      shape: 'round-rectangle',
      'background-color': '#eef2f7',
      'background-opacity': 0.55,
      'border-color': '#94a3b8',
      'border-style': 'dashed',
      'border-width': 1,
      'text-valign': 'top',
      'text-halign': 'center',
      'font-weight': 600,
      padding: '14px',
    },
  },
  {
    selector: 'edge',
    style: {
      width: 2.5,
      'line-color': '#7a8599',
      'target-arrow-color': '#7a8599',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      label: 'data(label)',
      'font-size': 12,
      'min-zoomed-font-size': 9,
      'text-background-color': '#fff',
      'text-background-opacity': 0.85,
    },
  },
  {
    selector: 'edge.neighbour',
    style: { width: 1.5, 'line-color': '#b8c0cc', 'target-arrow-color': '#b8c0cc', label: '' },
  },
  { selector: 'edge.neighbour:selected', style: { label: 'data(label)' } },
  {
    selector: 'edge[proposed = "yes"]',
    style: { 'line-style': 'dashed', 'line-color': '#c98b00', 'target-arrow-color': '#c98b00' },
  },
  { selector: '.faded', style: { opacity: 0.12 } },
  {
    selector: ':selected',
    style: { 'border-width': 3, 'border-color': '#000', 'line-color': '#000', 'min-zoomed-font-size': 0 },
  },
];

/** Zooms at which 14 px labels read well: below 0.71 they hide (10 px min-zoomed-font-size). */
export const READABLE_ZOOM = 0.8;
const LARGEST_ZOOM = 1.2;

/**
 * Fits the view to some elements at a zoom where labels read well: all of them when they are few,
 * else centred on the first.
 */
export function focus(cy, elements) {
  cy.fit(elements, 60);
  const zoom = Math.min(LARGEST_ZOOM, Math.max(READABLE_ZOOM, cy.zoom()));
  if (zoom !== cy.zoom()) {
    cy.zoom(zoom);
    cy.center(zoom === LARGEST_ZOOM ? elements : elements.first());
  }
}
