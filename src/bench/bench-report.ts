import type { DenseResult } from './measure-dense';
import type { ImportResult } from './measure-import';
import type { PairedLatency } from './measure-latency';
import type { ThroughputResult } from './measure-throughput';

export interface SizeResult {
  events: number;
  import: ImportResult;
  chain: PairedLatency;
  dyad: PairedLatency;
  nested: {
    riposte: ThroughputResult;
    peer: ThroughputResult;
    /** Riposte's requests per second over the peer's: above 1, Riposte serves more. */
    throughputRatio: number;
    /** Riposte's p95 over the peer's: below 1, Riposte answers faster. */
    p95Ratio: number;
  };
  memory: { rssMegabytes: number; heapUsedMegabytes: number };
}

export interface BenchReport {
  machine: string;
  neo4j: string;
  seed: number;
  startedAt: string;
  results: SizeResult[];
  /** Chains over dense link graphs, through the API. */
  dense: DenseResult[];
}

const n = (value: number) => value.toLocaleString('en');
const spread = (l: { p50: number; p95: number; p99: number }) => `${l.p50} / ${l.p95} / ${l.p99}`;

export function markdownReport(report: BenchReport): string {
  const lines = [
    `Machine: ${report.machine}; ${report.neo4j}; seed ${report.seed}; ${report.startedAt}`,
    '',
    '| events | import rows/s | chain p50 / p95 / p99 ms | same Cypher p50 ms | ratio p50 | dyad p50 / p95 / p99 ms | same Cypher p50 ms | ratio p50 | server RSS MB |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...report.results.map(
      (r) =>
        `| ${n(r.events)} | ${n(r.import.rowsPerSecond)} | ${spread(r.chain.graphql)} | ${r.chain.cypher.p50} | ${r.chain.ratioP50} | ${spread(r.dyad.graphql)} | ${r.dyad.cypher.p50} | ${r.dyad.ratioP50} | ${r.memory.rssMegabytes} |`,
    ),
    '',
    'Import against the bare driver ceiling (the same measures with their state relationships, one writer, batches of 10,000), same rows, same run:',
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
        `| ${n(events)} | ${riposte.connections} × ${riposte.seconds} | ${n(riposte.requestsPerSecond)} | ${spread(riposte.latency)} | ${n(peer.requestsPerSecond)} | ${spread(peer.latency)} | ${throughputRatio} | ${p95Ratio} | ${riposte.errors + peer.errors} |`,
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
