import type { DenseResult } from './measure-dense';
import type { ImportResult } from './measure-import';
import type { InitialLoadMeasure } from './measure-initial-load';
import type { PairedLatency } from './measure-latency';
import type { ThroughputResult } from './measure-throughput';

/** The whole-graph inference, measured with --full. */
export interface InferenceMeasure {
  seconds: number;
  proposals: number;
  peakRssMegabytes: number;
}

/**
 * One world size. Every figure the targets name is here; one not measured in a run is null
 * (and shown as "not measured"), never left out, so that results keep one shape.
 */
export interface SizeResult {
  events: number;
  import: ImportResult;
  initialLoad: InitialLoadMeasure | null;
  chain: Omit<PairedLatency, 'floorP50'> & {
    /** p50 of `{ __typename }` over the same HTTP stack: the floor of any GraphQL request. */
    floorP50: number | null;
  };
  dyad: PairedLatency;
  nested: {
    riposte: ThroughputResult;
    peer: ThroughputResult;
    /** Riposte's requests per second over the peer's: above 1, Riposte serves more. Null when the peer answered none. */
    throughputRatio: number | null;
    /** Riposte's p95 over the peer's: below 1, Riposte answers faster. Null when the peer answered none. */
    p95Ratio: number | null;
  };
  memory: {
    /** Resident memory of the process serving GraphQL, after the loads. */
    rssMegabytes: number;
    heapUsedMegabytes: number;
    /** Resident memory of the process during the online import, at its peak. */
    importPeakRssMegabytes: number;
  };
  inference: InferenceMeasure | null;
}

export interface BenchReport {
  machine: string;
  neo4j: string;
  seed: number;
  startedAt: string;
  command: string;
  results: SizeResult[];
  /** Chains over dense link graphs, through the API. */
  dense: DenseResult[];
}

/** What issue targets ask, checked in the markdown beside each figure. */
export const TARGETS = {
  importOverCeiling: 0.6,
  initialLoadOverAdmin: 0.8,
  chainRatioP50: 1.25,
  /** Chain and dyad p95 at 1M events, ms. */
  p95AtMillion: 50,
  nestedThroughputRatio: 1.5,
  nestedP95Ratio: 1,
};

const n = (value: number) => value.toLocaleString('en');
const spread = (l: { p50: number; p95: number; p99: number }) => `${l.p50} / ${l.p95} / ${l.p99}`;
const NOT_MEASURED = 'not measured';
const verdict = (met: boolean) => (met ? 'met' : 'missed');

function atLeast(value: number | null, target: number, show: (value: number) => string = String): string {
  return value === null ? NOT_MEASURED : `${show(value)} (≥ ${target}: ${verdict(value >= target)})`;
}

function atMost(value: number | null, target: number, show: (value: number) => string = String): string {
  return value === null ? NOT_MEASURED : `${show(value)} (≤ ${target}: ${verdict(value <= target)})`;
}

/** A peer that answered no request in the run has no rate or p95 to divide by: say so. */
function nestedRatios(nested: SizeResult['nested']): [string, string] {
  if (nested.peer.requestsPerSecond === 0) {
    const none = `peer answered none (${nested.peer.errors} errors)`;
    return [none, none];
  }
  return [
    atLeast(nested.throughputRatio, TARGETS.nestedThroughputRatio),
    atMost(nested.p95Ratio, TARGETS.nestedP95Ratio),
  ];
}

function targetRow(r: SizeResult): string {
  const importShare = atLeast(
    r.import.ratioToCeiling,
    TARGETS.importOverCeiling,
    (share) => `${n(r.import.rowsPerSecond)} / ${n(r.import.ceilingRowsPerSecond)} = ${share}`,
  );
  const million = r.events >= 1_000_000;
  const p95 = (value: number) =>
    million ? atMost(value, TARGETS.p95AtMillion, (ms) => `${ms} ms`) : `${value} ms (target at 1M only)`;
  return [
    n(r.events),
    importShare,
    r.initialLoad === null
      ? NOT_MEASURED
      : atLeast(
          r.initialLoad.ratio,
          TARGETS.initialLoadOverAdmin,
          (share) =>
            `${n(r.initialLoad!.rowsPerSecond)} / ${n(r.initialLoad!.adminRowsPerSecond)} = ${share}`,
        ) + `; like for like ${r.initialLoad.sameFiles.ratio}`,
    atMost(r.chain.ratioP50, TARGETS.chainRatioP50),
    r.chain.floorP50 === null ? NOT_MEASURED : `${r.chain.floorP50} ms`,
    p95(r.chain.graphql.p95),
    p95(r.dyad.graphql.p95),
    ...nestedRatios(r.nested),
    `${r.memory.rssMegabytes} / ${r.memory.importPeakRssMegabytes}`,
    r.inference === null
      ? NOT_MEASURED
      : `${r.inference.seconds} s, ${n(r.inference.proposals)} proposals, ${r.inference.peakRssMegabytes} MB`,
  ].join(' | ');
}

/** The initial load against neo4j-admin alone: on the bare measures (the target), and on the load's own files. */
export function initialLoadTable(results: Array<Pick<SizeResult, 'events' | 'initialLoad'>>): string[] {
  return [
    '| events | initial load s | rows/s | neo4j-admin s | rows/s | ratio | neo4j-admin of the same files s | rows/s | ratio | peak RSS MB | seconds by step | nodes / relationships, load and neo4j-admin alone |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |',
    ...results.map(({ events, initialLoad: l }) =>
      l === null
        ? `| ${n(events)} | ${NOT_MEASURED} | | | | | | | | | | |`
        : `| ${n(events)} | ${l.seconds} | ${n(l.rowsPerSecond)} | ${l.adminSeconds} | ${n(l.adminRowsPerSecond)} | ${l.ratio} | ${l.sameFiles.adminSeconds} | ${n(l.sameFiles.adminRowsPerSecond)} | ${l.sameFiles.ratio} | ${l.peakRssMegabytes} | ${Object.entries(
            l.phases,
          )
            .map(([phase, seconds]) => `${phase} ${seconds}`)
            .join(
              ', ',
            )} | ${n(l.written.nodes)} / ${n(l.written.relationships)} and ${n(l.written.bareNodes)} / ${n(l.written.bareRelationships)} |`,
    ),
  ];
}

export function markdownReport(report: BenchReport): string {
  const lines = [
    `Machine: ${report.machine}; ${report.neo4j}; seed ${report.seed}; ${report.startedAt}; \`${report.command}\``,
    '',
    'Targets (chain and dyad p95 are targets at 1M events only):',
    '',
    '| events | import rows/s / ceiling | initial load / neo4j-admin rows/s | chain ratio p50 | floor p50 | chain p95 | dyad p95 | nested throughput ratio | nested p95 ratio | RSS MB server / import | whole-graph inference |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...report.results.map((r) => `| ${targetRow(r)} |`),
    '',
    '| events | import rows/s | chain p50 / p95 / p99 ms | same Cypher p50 ms | ratio p50 | dyad p50 / p95 / p99 ms | same Cypher p50 ms | ratio p50 | server RSS MB |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...report.results.map(
      (r) =>
        `| ${n(r.events)} | ${n(r.import.rowsPerSecond)} | ${spread(r.chain.graphql)} | ${r.chain.cypher.p50} | ${r.chain.ratioP50} | ${spread(r.dyad.graphql)} | ${r.dyad.cypher.p50} | ${r.dyad.ratioP50} | ${r.memory.rssMegabytes} |`,
    ),
    '',
    'Floor: `{ __typename }` over the same HTTP stack, timed between the chain samples:',
    '',
    ...report.results.map(
      (r) =>
        `- ${n(r.events)} events: floor p50 ${r.chain.floorP50 ?? '–'} ms, chain p50 ${r.chain.graphql.p50} ms, same Cypher ${r.chain.cypher.p50} ms (ratio ${r.chain.ratioP50}, target 1.25)`,
    ),
    '',
    'Initial load (`npm run import -- --initial`: check, CSV files, neo4j-admin, start, schema) against neo4j-admin alone on the same measures with their actors and targets (rows/s of the same table; the load also writes the sources, dyads and stated links), and, like for like, against neo4j-admin alone on every file the load imported:',
    '',
    ...initialLoadTable(report.results),
    '',
    'Import against the bare driver ceiling (the same measures with their state relationships, one writer, batches of 10,000; the import writes its measures two batches at a time), same rows, same run:',
    '',
    '| events | import rows/s | ceiling rows/s | ratio | target |',
    '| ---: | ---: | ---: | ---: | ---: |',
    ...report.results.map(
      (r) =>
        `| ${n(r.events)} | ${n(r.import.rowsPerSecond)} | ${n(r.import.ceilingRowsPerSecond)} | ${r.import.ratioToCeiling} | 0.6 |`,
    ),
    '',
    'Nested list (20 expulsions with actors, targets, answers and answerers), same data, same run:',
    '',
    '| events | clients × s | Riposte req/s | p50 / p95 / p99 ms | @neo4j/graphql req/s | p50 / p95 / p99 ms | throughput ratio | p95 ratio | errors |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...report.results.map(
      ({ events, nested: { riposte, peer, throughputRatio, p95Ratio } }) =>
        `| ${n(events)} | ${riposte.connections} × ${riposte.seconds} | ${n(riposte.requestsPerSecond)} | ${spread(riposte.latency)} | ${n(peer.requestsPerSecond)} | ${spread(peer.latency)} | ${throughputRatio ?? NOT_MEASURED} | ${p95Ratio ?? NOT_MEASURED} | ${riposte.errors + peer.errors} |`,
    ),
  ];
  if (report.dense.length > 0) {
    lines.push(
      '',
      'Chains over dense link graphs (through the API):',
      '',
      '| query | samples | p50 / p95 / p99 ms |',
      '| --- | ---: | ---: |',
      ...report.dense.map(({ query, latency }) => `| ${query} | ${latency.samples} | ${spread(latency)} |`),
    );
  }
  return lines.join('\n');
}
