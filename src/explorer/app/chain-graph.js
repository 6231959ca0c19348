// A chain drawn with Cytoscape.js: events along time (x), one lane per side (y), uncertain dates
// as a bar from their earliest to their latest day, the measures of a multilateral wave grouped.
import cytoscape from 'cytoscape';
import { DAY, bounds, placeDays } from './dates.js';
import { focus, GRAPH_STYLE, READABLE_ZOOM } from './graph-style.js';

const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#17becf', '#8c564b', '#e377c2'];
/** An answer to the measures of this many states or more makes those measures a wave. */
const WAVE_STATES = 3;

export function sideColours(chain) {
  const sides = [...new Set(chain.steps.flatMap((step) => step.actorStates))];
  return new Map(sides.map((side, index) => [side, PALETTE[index % PALETTE.length]]));
}

const shortTitle = (title) => `${title.slice(0, 48)}${title.length > 48 ? '…' : ''}`;

/** Acts answered by one answer that answers the measures of several states: id → wave id. */
function waves(chain) {
  const statesOf = new Map(chain.steps.map((step) => [step.event.id, step.actorStates]));
  const actsByAnswer = new Map();
  for (const { link } of chain.links) {
    const acts = actsByAnswer.get(link.from.id) ?? [];
    acts.push(link.to.id);
    actsByAnswer.set(link.from.id, acts);
  }
  const waveOf = new Map();
  for (const [answer, acts] of actsByAnswer) {
    const states = new Set(acts.flatMap((act) => statesOf.get(act) ?? []));
    if (states.size < WAVE_STATES) continue;
    for (const act of acts) if (!waveOf.has(act)) waveOf.set(act, `wave:${answer}`);
  }
  return waveOf;
}

/**
 * The x of a day. Time runs left to right, but the gaps between the days events are drawn at are
 * squeezed into 180 to 460 px (growing with the log of the gap), so that a day's labels never
 * overlap the next day's and a decade of history still fits.
 */
function timeAxis(days) {
  const knots = [...new Set([...days.values()].filter((day) => day !== null))].sort((a, b) => a - b);
  const xs = [60];
  for (let index = 1; index < knots.length; index += 1) {
    const gapDays = (knots[index] - knots[index - 1]) / DAY;
    xs.push(xs[index - 1] + Math.min(460, 180 + 60 * Math.log2(1 + gapDays / 7)));
  }
  const last = xs[xs.length - 1];
  const x = (day) => {
    if (knots.length === 0) return 60;
    if (day <= knots[0]) return 60 - Math.min(120, ((knots[0] - day) / DAY) * 4);
    if (day >= knots[knots.length - 1])
      return last + Math.min(120, ((day - knots[knots.length - 1]) / DAY) * 4);
    const index = knots.findIndex((knot) => knot >= day);
    const share = (day - knots[index - 1]) / (knots[index] - knots[index - 1]);
    return xs[index - 1] + share * (xs[index] - xs[index - 1]);
  };
  return { x, end: last + 240 };
}

/** Cytoscape elements for a chain. */
export function chainElements(chain, colours) {
  const days = placeDays(
    chain.steps.map((step) => step.event),
    chain.links.map(({ link }) => ({ from: link.from.id, to: link.to.id })),
  );
  const axis = timeAxis(days);
  const waveOf = waves(chain);
  const lanes = [...colours.keys()];
  const laneHeight = lanes.length > 6 ? 84 : 230;
  const perLane = new Map();
  const elements = [];
  const titles = new Map(chain.steps.map((step) => [step.event.id, step.event.title]));
  for (const wave of new Set(waveOf.values())) {
    const answer = titles.get(wave.slice('wave:'.length)) ?? '';
    elements.push({ data: { id: wave, label: `Wave answered by: ${shortTitle(answer)}` }, classes: 'wave' });
  }
  for (const step of chain.steps) {
    const event = step.event;
    const lane = Math.max(0, lanes.indexOf(step.actorStates[0]));
    const offset = perLane.get(lane) ?? 0;
    perLane.set(lane, offset + 1);
    const day = days.get(event.id);
    const position = {
      x: day === null ? axis.end : axis.x(day),
      y: 80 + lane * laneHeight + (lanes.length > 6 ? 0 : (offset % 3) * 70),
    };
    const colour = colours.get(step.actorStates[0]) ?? '#888';
    const { earliest, latest } = bounds(event.date);
    elements.push({
      data: {
        id: event.id,
        type: 'Event',
        shape: 'ellipse',
        label: `${shortTitle(event.title)}\n${event.date?.edtf ?? 'undated'}`,
        colour,
        day,
        earliest,
        latest,
        ...(waveOf.has(event.id) ? { parent: waveOf.get(event.id) } : {}),
      },
      position,
    });
    if (event.date && earliest !== latest) {
      const from = earliest === null ? axis.x(day) - 120 : axis.x(earliest);
      const to = latest === null ? axis.x(day) + 120 : axis.x(latest);
      elements.push({
        data: { id: `span:${event.id}`, of: event.id, colour, width: Math.max(8, to - from), day },
        position: { x: (from + to) / 2, y: position.y },
        classes: earliest === null || latest === null ? 'span open' : 'span',
        selectable: false,
        grabbable: false,
      });
    }
  }
  for (const link of chain.links) {
    elements.push({
      data: {
        id: link.link.id,
        source: link.link.from.id,
        target: link.link.to.id,
        label: `${link.lagDays.min ?? '?'}${link.lagDays.max !== link.lagDays.min ? `–${link.lagDays.max ?? '?'}` : ''} d · ${link.proportion.kind.toLowerCase()}`,
        proposed: link.proposed ? 'yes' : 'no',
      },
    });
  }
  return elements;
}

/**
 * Draws the chain fitted to the view, but never so small that labels hide: a chain too large for
 * that opens at its beginning (top left), the rest a scroll or a zoom away.
 */
export function drawChain(container, chain, colours) {
  const cy = cytoscape({
    container,
    elements: chainElements(chain, colours),
    layout: { name: 'preset', fit: false },
    maxZoom: 2,
    wheelSensitivity: 0.3,
    style: GRAPH_STYLE,
  });
  focus(cy, cy.elements());
  if (cy.zoom() === READABLE_ZOOM) {
    const box = cy.elements().boundingBox();
    cy.pan({ x: 40 - box.x1 * READABLE_ZOOM, y: 30 - box.y1 * READABLE_ZOOM });
  }
  return cy;
}

/** Fades (without moving anything) what falls outside a period [from, to] in ms; null shows all. */
export function fadeOutside(cy, range) {
  cy.batch(() => {
    const outside = (node) => {
      const day = node.data('day');
      return range !== null && (day === null || day === undefined || day < range[0] || day > range[1]);
    };
    cy.nodes('[type = "Event"], .span').forEach((node) => node.toggleClass('faded', outside(node)));
    cy.nodes(':parent').forEach((wave) =>
      wave.toggleClass(
        'faded',
        wave.children('[type = "Event"]').every((child) => child.hasClass('faded')),
      ),
    );
    cy.edges().forEach((edge) =>
      edge.toggleClass('faded', edge.source().hasClass('faded') || edge.target().hasClass('faded')),
    );
  });
}
