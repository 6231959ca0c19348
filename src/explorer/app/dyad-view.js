// The dyad view: the measures between two states on one time axis, one state's above it and the
// other's below, bars as tall as the people expelled, the links between them as arcs, and each
// side's running total of people expelled as a step line. The data is the dyadTimeline query's.
import { axisBottom, axisLeft, axisRight } from 'd3-axis';
import { scaleLinear, scaleUtc } from 'd3-scale';
import { select } from 'd3-selection';
import { curveStepAfter, line } from 'd3-shape';
import { gql } from './api.js';
import { DAY, placeDays } from './dates.js';
import { stateCode, text } from './dom.js';

export const DYAD_MAX_EVENTS = 200;
export const DYAD_MAX_LINKS = 500;

const DYAD = `query Dyad($a: ID!, $b: ID!, $from: String, $to: String) {
  dyadTimeline(a: $a, b: $b, from: $from, to: $to, maxEvents: ${DYAD_MAX_EVENTS}, maxLinks: ${DYAD_MAX_LINKS}) {
    truncated
    sides { stateId measures expelled }
    steps {
      event { id title count date { edtf earliest latest } }
      actorStates
      cumulative { stateId measures expelled }
    }
    links { proposed lagDays { min max } proportion { answered provoked kind } link { id from { id } to { id } } }
  }
}`;

const HEIGHT = 440;
const MARGIN = { left: 44, right: 52, top: 24, bottom: 24 };
const SVG = 'http://www.w3.org/2000/svg';

export function fetchDyad({ a, b, from, to }) {
  return gql(DYAD, { a, b, from: from || null, to: to || null }).then((data) => data.dyadTimeline);
}

const lagText = ({ min, max }) => (min === max ? `${min ?? '?'} days` : `${min ?? '?'}–${max ?? '?'} days`);

export function linkSummary(link) {
  const { answered, provoked, kind } = link.proportion;
  return `Lag ${lagText(link.lagDays)} · ${kind.toLowerCase()} (${answered ?? '?'} for ${provoked ?? '?'})${link.proposed ? ' · inferred' : ''}`;
}

/** The totals per side, as text the analyst (and a test) reads. */
function totals(container, timeline, sides) {
  const list = document.createElement('ul');
  list.id = 'dyad-totals';
  sides.forEach((side, index) => {
    const total = timeline.sides.find((candidate) => candidate.stateId === side) ?? {
      measures: 0,
      expelled: 0,
    };
    const other = sides[1 - index];
    const item = text(
      'li',
      `${stateCode(side)} against ${stateCode(other)}: ${total.measures} measure(s), ${total.expelled} expelled`,
    );
    item.dataset.state = side;
    item.dataset.measures = String(total.measures);
    item.dataset.expelled = String(total.expelled);
    item.classList.add(`side-${index}`);
    list.append(item);
  });
  container.append(list);
}

/** Draws the dyad of states a and b (ids such as state:CZ) into container; onEvent(id) on a click. */
export function drawDyad(container, timeline, sides, onEvent) {
  container.replaceChildren();
  const truncated = timeline.truncated ? ' (the earliest; more lie beyond: narrow the period)' : '';
  container.append(
    text(
      'p',
      `${timeline.steps.length} measure(s), ${timeline.links.length} link(s)${truncated}`,
      'dyad-summary',
    ),
  );
  totals(container, timeline, sides);
  const hover = text('p', 'Point at a link to read its lag and proportion.', 'hint');
  hover.id = 'dyad-hover';
  container.append(hover);
  if (timeline.steps.length === 0) return;

  const days = placeDays(
    timeline.steps.map((step) => step.event),
    timeline.links.map(({ link }) => ({ from: link.from.id, to: link.to.id })),
  );
  const steps = timeline.steps
    .map((step) => ({
      ...step,
      day: days.get(step.event.id),
      side: sides.indexOf(step.actorStates.find((s) => sides.includes(s))),
    }))
    .filter((step) => step.day !== null && step.side >= 0);
  const known = steps.map((step) => step.day);
  const width = Math.max(600, container.clientWidth || 900);
  const x = scaleUtc()
    .domain([Math.min(...known) - 15 * DAY, Math.max(...known) + 15 * DAY])
    .range([MARGIN.left, width - MARGIN.right]);
  const middle = HEIGHT / 2;
  const maxCount = Math.max(1, ...steps.map((step) => step.event.count ?? 1));
  const barHeight = scaleLinear()
    .domain([0, maxCount])
    .range([0, middle - MARGIN.top - 10]);
  const maxTotal = Math.max(1, ...timeline.sides.map((side) => side.expelled));
  const totalHeight = scaleLinear()
    .domain([0, maxTotal])
    .range([0, middle - MARGIN.top - 10]);
  const signed = (side, height) => (side === 0 ? middle - height : middle + height);

  const svg = select(container)
    .append(() => document.createElementNS(SVG, 'svg'))
    .attr('class', 'dyad-chart')
    .attr('width', width)
    .attr('height', HEIGHT)
    .attr('viewBox', `0 0 ${width} ${HEIGHT}`);

  const lines = svg.append('g').attr('class', 'totals');
  sides.forEach((side, index) => {
    const points = steps.map((step) => ({
      day: step.day,
      expelled: step.cumulative.find((total) => total.stateId === side)?.expelled ?? 0,
    }));
    const path = line()
      .x((point) => x(point.day))
      .y((point) => signed(index, totalHeight(point.expelled)))
      .curve(curveStepAfter);
    lines
      .append('path')
      .attr('class', `running side-${index}`)
      .attr('d', path([{ day: x.domain()[0].getTime(), expelled: 0 }, ...points]));
  });

  const byId = new Map(steps.map((step) => [step.event.id, step]));
  const top = (step) => signed(step.side, barHeight(step.event.count ?? 1));
  svg
    .append('g')
    .attr('class', 'bars')
    .selectAll('rect')
    .data(steps)
    .join('rect')
    .attr('class', (step) => `bar side-${step.side}${step.event.count === null ? ' unknown' : ''}`)
    .attr('x', (step) => x(step.day) - 3)
    .attr('width', 6)
    .attr('y', (step) => Math.min(middle, top(step)))
    .attr('height', (step) => Math.abs(top(step) - middle))
    .on('click', (_event, step) => onEvent(step.event.id))
    .append('title')
    .text(
      (step) =>
        `${step.event.title} (${step.event.date?.edtf ?? '?'})${step.event.count === null ? ', count unknown' : `, ${step.event.count} people`}`,
    );

  const drawn = timeline.links.filter(({ link }) => byId.has(link.from.id) && byId.has(link.to.id));
  svg
    .append('g')
    .attr('class', 'links')
    .selectAll('path')
    .data(drawn)
    .join('path')
    .attr('class', (link) => `dyad-link${link.proposed ? ' proposed' : ''}`)
    .attr('data-from', ({ link }) => link.from.id)
    .attr('data-to', ({ link }) => link.to.id)
    .attr('d', ({ link }) => {
      const answer = byId.get(link.from.id);
      const act = byId.get(link.to.id);
      const [x1, y1, x2, y2] = [x(act.day), top(act), x(answer.day), top(answer)];
      const bend = Math.min(90, Math.abs(x2 - x1) / 2 + 20);
      const cy = (y1 + y2) / 2 + (answer.side === act.side ? (answer.side === 0 ? -bend : bend) : 0);
      return `M${x1},${y1} Q${(x1 + x2) / 2},${cy} ${x2},${y2}`;
    })
    .on('mouseenter', (_event, link) => {
      hover.textContent = linkSummary(link);
    })
    .append('title')
    .text((link) => linkSummary(link));

  svg
    .append('g')
    .attr('transform', `translate(0,${middle})`)
    .call(axisBottom(x).ticks(Math.floor(width / 110)));
  svg
    .append('g')
    .attr('class', 'count-axis')
    .attr('transform', `translate(${MARGIN.left},0)`)
    .call(
      axisLeft(
        scaleLinear()
          .domain([maxCount, 0])
          .range([MARGIN.top + 10, middle]),
      ).ticks(4),
    );
  svg
    .append('g')
    .attr('class', 'total-axis')
    .attr('transform', `translate(${width - MARGIN.right},0)`)
    .call(
      axisRight(
        scaleLinear()
          .domain([maxTotal, 0])
          .range([MARGIN.top + 10, middle]),
      ).ticks(4),
    );
  sides.forEach((side, index) => {
    svg
      .append('text')
      .attr('class', `side-label side-${index}`)
      .attr('x', MARGIN.left + 6)
      .attr('y', index === 0 ? MARGIN.top : HEIGHT - 8)
      .text(`${stateCode(side)}'s measures (bars: people; line: running total)`);
  });
}
