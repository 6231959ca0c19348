// The time bar under the graph: a histogram of the measures in view (per day, month or year as the
// span needs), their uncertain dates as bars from earliest to latest, and a brushable period.
import { axisBottom } from 'd3-axis';
import { brushX } from 'd3-brush';
import { scaleLinear, scaleUtc } from 'd3-scale';
import { select } from 'd3-selection';
import { utcDay, utcMonth, utcYear } from 'd3-time';
import { DAY } from './dates.js';

const HEIGHT = 118;
const MARGIN = { left: 36, right: 16, top: 8, bottom: 22 };
const HISTOGRAM = 52;
const SVG = 'http://www.w3.org/2000/svg';
const LABEL_LENGTH = new Map([
  [utcDay, 10],
  [utcMonth, 7],
  [utcYear, 4],
]);
/** Over this many days the histogram counts per year; under DAILY_UNDER, per day; else per month. */
const YEARLY_OVER = 3 * 366;
const DAILY_UNDER = 62;

/**
 * items: [{ id, day, earliest, latest }] in ms (null where unknown or open).
 * onChange(range) is called with [from, to] in ms (or null) when the analyst brushes.
 */
export function createTimeBar(container, onChange) {
  const svg = select(container)
    .append(() => document.createElementNS(SVG, 'svg'))
    .attr('class', 'time-bar');
  let items = [];
  let range = null;
  let x = null;
  let interval = utcMonth;
  let silent = false;
  const brush = brushX().on('end', (event) => {
    if (silent || !event.sourceEvent) return;
    range = event.selection ? snap(event.selection.map((px) => x.invert(px).getTime())) : null;
    if (event.selection) moveBrush();
    onChange(range);
  });

  const snap = ([from, to]) => {
    const start = interval.floor(new Date(from)).getTime();
    const end = interval.ceil(new Date(to + 1)).getTime() - 1;
    return [start, Math.max(end, interval.offset(new Date(start), 1).getTime() - 1)];
  };

  function moveBrush() {
    silent = true;
    svg.select('.brush').call(brush.move, range && x ? [x(range[0]), x(range[1])] : null);
    svg
      .selectAll('.bin')
      .classed('outside', (bin) => range !== null && (bin.end <= range[0] || bin.start > range[1]));
    silent = false;
  }

  function draw() {
    svg.selectAll('*').remove();
    const width = container.clientWidth || 800;
    svg.attr('width', width).attr('height', HEIGHT).attr('viewBox', `0 0 ${width} ${HEIGHT}`);
    const dated = items.filter((item) => item.day !== null);
    if (dated.length === 0) return;
    const days = dated.flatMap((item) => [item.day, item.earliest ?? item.day, item.latest ?? item.day]);
    const first = Math.min(...days);
    const last = Math.max(...days);
    const spanDays = (last - first) / DAY;
    interval = spanDays > YEARLY_OVER ? utcYear : spanDays < DAILY_UNDER ? utcDay : utcMonth;
    const start = interval.floor(new Date(first));
    const end = interval.offset(interval.floor(new Date(last)), 1);
    x = scaleUtc()
      .domain([start, end])
      .range([MARGIN.left, width - MARGIN.right]);
    const bins = interval.range(start, end).map((binStart) => ({
      start: binStart.getTime(),
      end: interval.offset(binStart, 1).getTime(),
      count: 0,
    }));
    for (const item of dated) {
      const bin = bins.find((candidate) => item.day >= candidate.start && item.day < candidate.end);
      if (bin) bin.count += 1;
    }
    const y = scaleLinear()
      .domain([0, Math.max(1, ...bins.map((bin) => bin.count))])
      .range([MARGIN.top + HISTOGRAM, MARGIN.top]);
    svg
      .append('g')
      .attr('class', 'bins')
      .selectAll('rect')
      .data(bins)
      .join('rect')
      .attr('class', 'bin')
      .attr('x', (bin) => x(bin.start) + 0.5)
      .attr('width', (bin) => Math.max(1, x(bin.end) - x(bin.start) - 1))
      .attr('y', (bin) => Math.min(y(0) - 2, y(bin.count)))
      .attr('height', (bin) => (bin.count ? Math.max(2, y(0) - y(bin.count)) : 0))
      .append('title')
      .text(
        (bin) => `${new Date(bin.start).toISOString().slice(0, LABEL_LENGTH.get(interval))}: ${bin.count}`,
      );
    const uncertain = dated.filter((item) => item.earliest !== item.latest);
    const lane = (index) => MARGIN.top + HISTOGRAM + 6 + (index % 4) * 5;
    svg
      .append('g')
      .attr('class', 'spans')
      .selectAll('line')
      .data(uncertain)
      .join('line')
      .attr('class', (item) => (item.earliest === null || item.latest === null ? 'span open' : 'span'))
      .attr('x1', (item) => x(item.earliest ?? start))
      .attr('x2', (item) => x(item.latest ?? end))
      .attr('y1', (_item, index) => lane(index))
      .attr('y2', (_item, index) => lane(index))
      .append('title')
      .text((item) => item.title ?? item.id);
    svg
      .append('g')
      .attr('transform', `translate(0,${HEIGHT - MARGIN.bottom})`)
      .call(axisBottom(x).ticks(bins.length <= width / 90 ? interval : Math.floor(width / 90)));
    brush.extent([
      [MARGIN.left, MARGIN.top],
      [width - MARGIN.right, HEIGHT - MARGIN.bottom],
    ]);
    svg.append('g').attr('class', 'brush').call(brush);
    moveBrush();
  }

  return {
    setItems(next) {
      items = next;
      draw();
    },
    /** Sets the period without telling onChange (from the URL, or the play button). */
    setRange(next) {
      range = next;
      moveBrush();
    },
    range: () => range,
    /** The whole period drawn, [from, to] in ms, or null when nothing is dated. */
    extent: () => (x ? x.domain().map((date) => date.getTime()) : null),
    /** One bin: a day, a month or a year. */
    step: (from, count) => interval.offset(new Date(from), count).getTime(),
    redraw: draw,
  };
}
