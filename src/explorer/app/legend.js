// The legend under the graph: the sides' colours, the kinds of node and link, what spans and
// boxes mean.
import { stateCode, text } from './dom.js';

function swatch(className, label, colour) {
  const item = text('span', label, `legend-item ${className}`);
  if (colour) item.style.setProperty('--side', colour);
  return item;
}

/** colours: Map of state id → colour, one per side of the chain. */
export function renderLegend(container, colours) {
  const sides = [...colours].map(([side, colour]) => swatch('side', stateCode(side), colour));
  container.replaceChildren(
    text('span', 'Sides:', 'legend-heading'),
    ...sides,
    text('span', 'Nodes:', 'legend-heading'),
    swatch('shape-state', 'state'),
    swatch('shape-organization', 'organisation'),
    swatch('shape-person', 'person'),
    swatch('shape-group', 'group'),
    swatch('shape-source', 'source'),
    text('span', 'Links:', 'legend-heading'),
    swatch('link-stated', 'answered (lag · proportion)'),
    swatch('link-inferred', 'inferred, not confirmed'),
    swatch('link-neighbour', 'other relation'),
    swatch('span-bar', 'uncertain date: earliest to latest'),
    swatch('wave-box', 'measures one answer answered (a wave)'),
  );
}
